using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Xml;
using Tomlyn.Parsing;
using Tomlyn.Syntax;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// The values of a configuration file, read by its format's parser (System.Text.Json, YamlDotNet, System.Xml,
    /// Tomlyn) or, for the line formats (.properties, .env), line by line: comments are never values. A file the
    /// parser refuses throws <see cref="UnreadableConfigurationException"/> with the parser's reason.
    /// </summary>
    internal static class ConfigurationValues
    {
        /// <summary>No hand-written configuration nests flow collections this deep; JSON's reader stops at 64 too.</summary>
        private const int MaxYamlFlowDepth = 64;

        public static IEnumerable<ConfigurationValue> Json(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var found = new List<(string Value, long Byte)>();
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            try
            {
                while (reader.Read())
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        var value = reader.GetString();
                        if (!string.IsNullOrEmpty(value) && value!.IndexOf('.') >= 0)
                        {
                            found.Add((value, reader.TokenStartIndex));
                        }
                    }
                }
            }
            catch (JsonException ex)
            {
                throw new UnreadableConfigurationException(ex.Message);
            }

            return found.Select(f => new ConfigurationValue(f.Value, Encoding.UTF8.GetCharCount(bytes, 0, (int)f.Byte) + 1));
        }

        public static IEnumerable<ConfigurationValue> Yaml(string text)
        {
            if (FlowDepth(text) > MaxYamlFlowDepth)
            {
                // YamlDotNet's scanner slows down with each open flow collection (200,000 '[' took 40 s): refused up front.
                throw new UnreadableConfigurationException("flow collections ([ ], { }) nested deeper than " + MaxYamlFlowDepth + " levels");
            }

            var found = new List<ConfigurationValue>();
            try
            {
                var parser = new Parser(new StringReader(text));
                while (parser.MoveNext())
                {
                    if (parser.Current is Scalar scalar && scalar.Value.IndexOf('.') >= 0)
                    {
                        found.Add(new ConfigurationValue(scalar.Value, (int)scalar.Start.Index));
                    }
                }
            }
            catch (YamlException ex)
            {
                throw new UnreadableConfigurationException(ex.Message);
            }

            return found;
        }

        public static IEnumerable<ConfigurationValue> Xml(string text)
        {
            var lines = new LineMap(text);
            var found = new List<ConfigurationValue>();
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore, // no entity expansion, no external fetch
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                MaxCharactersFromEntities = 1024,
            };
            try
            {
                using (var reader = XmlText.Create(text, settings))
                {
                    var info = (IXmlLineInfo)reader;
                    while (reader.Read())
                    {
                        if (reader.NodeType == XmlNodeType.Text || reader.NodeType == XmlNodeType.CDATA)
                        {
                            Add(found, reader.Value, lines.Offset(info.LineNumber, info.LinePosition));
                        }
                        else if (reader.NodeType == XmlNodeType.Element && reader.HasAttributes)
                        {
                            while (reader.MoveToNextAttribute())
                            {
                                Add(found, reader.Value, lines.Offset(info.LineNumber, info.LinePosition));
                            }

                            reader.MoveToElement();
                        }
                    }
                }
            }
            catch (XmlException ex)
            {
                throw new UnreadableConfigurationException(ex.Message);
            }

            return found;
        }

        public static IEnumerable<ConfigurationValue> Toml(string text)
        {
            DocumentSyntax document;
            try
            {
                document = SyntaxParser.Parse(text, "config.toml", false);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                throw new UnreadableConfigurationException(ex.Message);
            }

            if (document.HasErrors)
            {
                throw new UnreadableConfigurationException(document.Diagnostics.FirstOrDefault(d => d.Kind == DiagnosticMessageKind.Error)?.ToString() ?? "TOML");
            }

            return document.Descendants().OfType<StringValueSyntax>()
                .Where(s => s.Value != null && s.Value.IndexOf('.') >= 0)
                .Select(s => new ConfigurationValue(s.Value!, s.Span.Start.Offset))
                .ToList();
        }

        /// <summary>Java .properties: <c>key=value</c>, <c>key: value</c> or <c>key value</c>; <c>#</c> and <c>!</c> start comments; a trailing <c>\</c> continues the value.</summary>
        public static IEnumerable<ConfigurationValue> Properties(string text)
        {
            var found = new List<ConfigurationValue>();
            var offset = 0;
            var continued = false;
            foreach (var line in text.Split('\n'))
            {
                var start = offset;
                offset += line.Length + 1;
                var content = line.TrimEnd('\r');
                var trimmed = content.TrimStart();
                if (continued)
                {
                    Add(found, content, start);
                    continued = content.EndsWith("\\", StringComparison.Ordinal);
                    continue;
                }

                if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == '!')
                {
                    continue;
                }

                var separator = -1;
                for (var i = content.Length - trimmed.Length; i < content.Length; i++)
                {
                    if (content[i] == '\\')
                    {
                        i++;
                    }
                    else if (content[i] == '=' || content[i] == ':' || char.IsWhiteSpace(content[i]))
                    {
                        separator = i;
                        break;
                    }
                }

                if (separator >= 0)
                {
                    Add(found, content.Substring(separator + 1), start + separator + 1);
                }

                continued = content.EndsWith("\\", StringComparison.Ordinal);
            }

            return found;
        }

        /// <summary>.env files: <c>[export] KEY=value</c>, quoted or not; <c>#</c> starts a comment line, or an inline one after an unquoted value.</summary>
        public static IEnumerable<ConfigurationValue> DotEnv(string text)
        {
            var found = new List<ConfigurationValue>();
            var offset = 0;
            foreach (var line in text.Split('\n'))
            {
                var start = offset;
                offset += line.Length + 1;
                var content = line.TrimEnd('\r');
                var trimmed = content.TrimStart();
                var equals = content.IndexOf('=');
                if (trimmed.Length == 0 || trimmed[0] == '#' || equals < 0)
                {
                    continue;
                }

                var valueStart = equals + 1;
                var value = content.Substring(valueStart);
                var quote = value.TrimStart().Length > 0 ? value.TrimStart()[0] : '\0';
                if (quote == '"' || quote == '\'')
                {
                    var open = content.IndexOf(quote, valueStart);
                    var close = content.IndexOf(quote, open + 1);
                    value = content.Substring(open + 1, (close < 0 ? content.Length : close) - open - 1);
                    valueStart = open + 1;
                }
                else
                {
                    var comment = value.IndexOf(" #", StringComparison.Ordinal);
                    value = comment < 0 ? value : value.Substring(0, comment);
                }

                Add(found, value, start + valueStart);
            }

            return found;
        }

        /// <summary>The deepest nesting of YAML flow collections, outside quoted scalars and comments: a linear look before parsing.</summary>
        private static int FlowDepth(string text)
        {
            int depth = 0, deepest = 0;
            var quote = '\0';
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quote != '\0')
                {
                    if (c == quote || c == '\n')
                    {
                        quote = '\0';
                    }
                }
                else if (c == '"' || c == '\'')
                {
                    quote = c;
                }
                else if (c == '#' && (i == 0 || char.IsWhiteSpace(text[i - 1])))
                {
                    var end = text.IndexOf('\n', i);
                    i = end < 0 ? text.Length : end;
                }
                else if (c == '[' || c == '{')
                {
                    deepest = Math.Max(deepest, ++depth);
                }
                else if ((c == ']' || c == '}') && depth > 0)
                {
                    depth--;
                }
            }

            return deepest;
        }

        private static void Add(List<ConfigurationValue> found, string value, int offset)
        {
            if (value.IndexOf('.') >= 0)
            {
                found.Add(new ConfigurationValue(value, offset));
            }
        }
    }
}
