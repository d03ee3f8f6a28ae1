using System;
using System.Collections.Generic;
using System.Linq;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Commons.Cli.Scan
{
    /// <summary>Reads a TOML manifest with its syntax tree, so every key keeps its place in the file.</summary>
    internal static class TomlManifest
    {
        internal static DocumentSyntax Toml(string text)
        {
            DocumentSyntax document;
            try
            {
                document = SyntaxParser.Parse(text, "manifest.toml", false);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                throw new UnreadableConfigurationException(ex.Message);
            }

            if (document.HasErrors)
            {
                throw new UnreadableConfigurationException(document.Diagnostics.FirstOrDefault(d => d.Kind == DiagnosticMessageKind.Error)?.ToString() ?? "TOML");
            }

            return document;
        }

        /// <summary>Every key/value of a TOML document with its table's dotted name (empty at the root).</summary>
        internal static IEnumerable<(string Table, string Key, ValueSyntax? Value)> Entries(DocumentSyntax document)
        {
            foreach (var pair in document.KeyValues)
            {
                if (pair.Key != null)
                {
                    var key = KeyText(pair.Key);
                    var dot = key.LastIndexOf('.');
                    yield return (dot < 0 ? string.Empty : key.Substring(0, dot), dot < 0 ? key : key.Substring(dot + 1), pair.Value);
                }
            }

            foreach (var table in document.Tables)
            {
                var name = table.Name == null ? string.Empty : KeyText(table.Name);
                foreach (var item in table.Items)
                {
                    if (item is KeyValueSyntax pair && pair.Key != null)
                    {
                        yield return (name, KeyText(pair.Key), pair.Value);
                    }
                }
            }
        }

        internal static int KeyOffset(DocumentSyntax document, string table, string key)
        {
            foreach (var t in document.Tables)
            {
                if (t.Name != null && KeyText(t.Name) == table)
                {
                    foreach (var item in t.Items)
                    {
                        if (item is KeyValueSyntax pair && pair.Key != null && KeyText(pair.Key) == key)
                        {
                            return pair.Key.Key?.Span.Start.Offset ?? pair.Span.Start.Offset;
                        }
                    }
                }
            }

            return 0;
        }

        internal static string KeyText(KeySyntax key)
        {
            var parts = new List<string> { Part(key.Key) };
            foreach (var dotted in key.DotKeys)
            {
                parts.Add(Part(dotted.Key));
            }

            return string.Join(".", parts);
        }

        internal static string Part(SyntaxNode? node) =>
            node is BareKeySyntax bare ? bare.Key?.Text ?? string.Empty
            : node is StringValueSyntax quoted ? quoted.Value ?? string.Empty
            : string.Empty;
    }
}
