using System;
using System.Globalization;
using System.IO;
using System.Text;
using Commons.Engine.Findings;
using Commons.Engine.Yaml;

namespace Commons.Engine.Policy
{
    /// <summary>Reads the files of rules/ that the engine embeds at build time.</summary>
    internal static class EmbeddedRules
    {
        public static string ReadText(string fileName)
        {
            var name = "Commons.Rules." + fileName;
            using (var stream = typeof(EmbeddedRules).Assembly.GetManifestResourceStream(name))
            {
                if (stream == null)
                {
                    throw new InvalidOperationException("The engine was built without rules/" + fileName + ".");
                }

                using (var reader = new StreamReader(stream, Encoding.UTF8))
                {
                    return reader.ReadToEnd();
                }
            }
        }

        /// <summary>Parses policy data with the record's own reader; bad data is a bug of this repository, so it throws.</summary>
        public static MappingNode ParseMapping(string text, string fileName)
        {
            var sink = new FindingSink(fileName, CultureInfo.InvariantCulture);
            var root = RecordYamlReader.Read(text, sink, ReaderLimits.Default);
            if (sink.Findings.Count > 0 || !(root is MappingNode mapping))
            {
                var first = sink.Findings.Count > 0 ? sink.Findings[0].ToCanonicalString() : fileName + ": not a mapping";
                throw new PolicyDataException(first, sink.Findings.Count > 0 ? sink.Findings[0].Position : SourcePosition.Start, sink.Findings);
            }

            return mapping;
        }
    }
}
