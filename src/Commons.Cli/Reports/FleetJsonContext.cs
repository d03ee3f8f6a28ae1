using System.Text.Json;
using System.Text.Json.Serialization;

namespace Commons.Cli.Reports
{
    /// <summary>
    /// The serializer's code for the scan report, and for the policy diff written with the same options, generated at
    /// build time: the native (AOT) build has no reflection to find the reports' properties, and would write <c>{}</c>.
    /// The options are those of <see cref="FleetReport.Json"/>, which binds this context with the encoder (not an option
    /// of the generator).
    /// </summary>
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(FleetReport))]
    [JsonSerializable(typeof(FleetReport.Input))]
    [JsonSerializable(typeof(RepositoryReport))]
    [JsonSerializable(typeof(FindingEntry))]
    [JsonSerializable(typeof(JsonElement))]
    [JsonSerializable(typeof(JsonElement?))]
    [JsonSerializable(typeof(string))]
    [JsonSerializable(typeof(Policy.PolicyDiffReport))]
    internal sealed partial class FleetJsonContext : JsonSerializerContext
    {
    }
}
