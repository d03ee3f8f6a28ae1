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
            var found = new List<(string Value, long Byte, string Key)>();
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var path = new KeyPath();
            try
            {
                while (reader.Read())
                {
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.PropertyName:
                            path.Name(reader.GetString() ?? string.Empty);
                            break;
                        case JsonTokenType.StartObject:
                        case JsonTokenType.StartArray:
                            path.Open(reader.TokenType == JsonTokenType.StartObject);
                            break;
                        case JsonTokenType.EndObject:
                        case JsonTokenType.EndArray:
                            path.Close();
                            break;
                        case JsonTokenType.String:
                            found.Add((reader.GetString() ?? string.Empty, reader.TokenStartIndex, path.Current));
                            path.Value();
                            break;
                        default:
                            // A number or a boolean matters as a key's value ("port": 587), never as an array's item (GeoJSON's coordinates).
                            if (path.InMapping)
                            {
                                found.Add((string.Empty, reader.TokenStartIndex, path.Current));
                            }

                            path.Value();
                            break;
                    }
                }
            }
            catch (JsonException ex)
            {
                throw new UnreadableConfigurationException(ex.Message);
            }

            // Byte offsets to char offsets in one pass: the values come in the text's order.
            var result = new List<ConfigurationValue>(found.Count);
            long previousByte = 0;
            var chars = 0;
            foreach (var (value, at, key) in found)
            {
                chars += Encoding.UTF8.GetCharCount(bytes, (int)previousByte, (int)(at - previousByte));
                previousByte = at;
                result.Add(new ConfigurationValue(value, chars + 1, key));
            }

            return result;
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
                var path = new KeyPath();
                while (parser.MoveNext())
                {
                    switch (parser.Current)
                    {
                        case MappingStart _:
                            path.Open(mapping: true);
                            break;
                        case SequenceStart _:
                            path.Open(mapping: false);
                            break;
                        case MappingEnd _:
                        case SequenceEnd _:
                            path.Close();
                            break;
                        case AnchorAlias _ when path.ExpectsName:
                            path.Name("*");
                            break;
                        case AnchorAlias _:
                            // An alias (*defaults) stands for a value written elsewhere: the mapping's next scalar is a key.
                            path.Value();
                            break;
                        case Scalar scalar when path.ExpectsName:
                            path.Name(scalar.Value);
                            break;
                        case Scalar scalar:
                            found.Add(new ConfigurationValue(scalar.Value, (int)scalar.Start.Index, path.Current));
                            path.Value();
                            break;
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
                    Add(found, Unescape(content), start);
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
                    var keyStart = content.Length - trimmed.Length;
                    var key = Unescape(content.Substring(keyStart, separator - keyStart));
                    // "key = value" and "key value": the separator is the first '=' or ':' after the key's blanks, or the blank.
                    var valueStart = SkipBlanks(content, separator + 1);
                    if (char.IsWhiteSpace(content[separator]) && valueStart < content.Length && (content[valueStart] == '=' || content[valueStart] == ':'))
                    {
                        valueStart = SkipBlanks(content, valueStart + 1);
                    }

                    found.Add(new ConfigurationValue(Unescape(content.Substring(valueStart)), start + valueStart, key));
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

                var key = content.Substring(0, equals).Trim();
                key = key.StartsWith("export ", StringComparison.Ordinal) ? key.Substring(7).Trim() : key;
                found.Add(new ConfigurationValue(value, start + valueStart, key));
            }

            return found;
        }

        private static int SkipBlanks(string text, int index)
        {
            while (index < text.Length && (text[index] == ' ' || text[index] == '\t'))
            {
                index++;
            }

            return index;
        }

        /// <summary>
        /// A .properties text with its escapes decoded: <c>\u0040</c> is <c>@</c>, <c>\:</c> is <c>:</c>, so a host written
        /// <c>api\u002Dadresse.data.gouv.fr</c> (as Java's native2ascii writes non-ASCII text) is still the host.
        /// </summary>
        internal static string Unescape(string text)
        {
            if (text.IndexOf('\\') < 0)
            {
                return text;
            }

            var result = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c != '\\' || i == text.Length - 1)
                {
                    result.Append(c);
                    continue;
                }

                var next = text[++i];
                if (next == 'u' && i + 4 < text.Length && int.TryParse(text.Substring(i + 1, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code))
                {
                    result.Append((char)code);
                    i += 4;
                }
                else
                {
                    result.Append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next == 'f' ? '\f' : next);
                }
            }

            return result.ToString();
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
