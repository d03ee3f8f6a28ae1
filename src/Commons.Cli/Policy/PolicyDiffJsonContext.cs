using System.Text.Json.Serialization;

namespace Commons.Cli.Policy
{
    /// <summary>
    /// The serializer's code for <c>policy diff --format json</c>, written at build time so the native (AOT) build, which
    /// has no reflection, writes it too. Bound with the encoder (not an option of the generator) in <see cref="PolicyDiffReport"/>.
    /// </summary>
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(PolicyDiffReport))]
    internal sealed partial class PolicyDiffJsonContext : JsonSerializerContext
    {
    }
}
