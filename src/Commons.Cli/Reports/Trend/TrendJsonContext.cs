using System.Text.Json.Serialization;

namespace Commons.Cli.Reports.Trend
{
    /// <summary>
    /// The serializer's code for <c>report trend --format json</c>, written at build time so the native (AOT) build, which
    /// has no reflection, writes it too. Bound with the encoder (not an option of the generator) in <see cref="FleetTrend"/>;
    /// nulls are written, as they always were.
    /// </summary>
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        WriteIndented = true)]
    [JsonSerializable(typeof(FleetTrend))]
    internal sealed partial class TrendJsonContext : JsonSerializerContext
    {
    }
}
