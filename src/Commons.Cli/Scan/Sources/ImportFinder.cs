using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// The modules a source file imports, found in its code (comments and literal contents blanked), so an import
    /// written in a comment or a string is not one. Each language's import forms; the module with its offset.
    /// </summary>
    internal static class ImportFinder
    {
        /// <summary>Every pattern is linear, but a file is not trusted: past this, the file is skipped, not the scan.</summary>
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

        private static readonly Regex PythonImport = new Regex(
            @"^[ \t]*import[ \t]+(?<m>[A-Za-z_][\w.]*)(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*(?<m>[A-Za-z_][\w.]*)(?:[ \t]+as[ \t]+\w+)?)*|^[ \t]*from[ \t]+(?<m>[A-Za-z_][\w.]*)[ \t]+import\b",
            Options | RegexOptions.Multiline, Timeout);

        /// <summary>require('x'), import('x'), import 'x', import … from 'x', export … from 'x': the quote is the group q.</summary>
        private static readonly Regex JavaScriptImport = new Regex(
            @"\brequire\s*\(\s*(?<q>['""`])|\bimport\s*\(\s*(?<q>['""`])|\bimport\s+(?<q>['""])|\b(?:import|export)\b[^;'""`]{0,400}?\bfrom\s*(?<q>['""])",
            Options, Timeout);

        private static readonly Regex PhpUse = new Regex(@"^[ \t]*use[ \t]+(?:function[ \t]+|const[ \t]+)?(?<m>\\?[A-Za-z_][\w\\]*)", Options | RegexOptions.Multiline | RegexOptions.IgnoreCase, Timeout);

        private static readonly Regex PhpNew = new Regex(@"\bnew\s+(?<m>\\?[A-Za-z_][\w\\]*)", Options | RegexOptions.IgnoreCase, Timeout);

        private static readonly Regex JavaImport = new Regex(@"^[ \t]*import[ \t]+(?:static[ \t]+)?(?<m>[A-Za-z_][\w.]*)", Options | RegexOptions.Multiline, Timeout);

        private static readonly Regex RubyRequire = new Regex(@"\brequire\s*\(?\s*(?<q>['""])", Options, Timeout);

        private static readonly Regex GoImportBlock = new Regex(@"\bimport\s*\((?<body>[^)]*)\)", Options, Timeout);

        private static readonly Regex GoImport = new Regex(@"\bimport\s+(?:[\w.]+\s+)?(?<q>[""`])", Options, Timeout);

        /// <summary>The import language of a syntax (TypeScript and Vue import as JavaScript, Kotlin as Java), or null.</summary>
        public static string? LanguageOf(SourceSyntax syntax)
        {
            if (syntax == SourceSyntax.JavaScript || syntax == SourceSyntax.TypeScript || syntax == SourceSyntax.Vue)
            {
                return ImportSignature.JavaScript;
            }

            if (syntax == SourceSyntax.Java || syntax == SourceSyntax.Kotlin)
            {
                return ImportSignature.Java;
            }

            return syntax == SourceSyntax.Python ? ImportSignature.Python
                : syntax == SourceSyntax.Php ? ImportSignature.Php
                : syntax == SourceSyntax.Ruby ? ImportSignature.Ruby
                : syntax == SourceSyntax.Go ? ImportSignature.Go
                : null;
        }

        public static IEnumerable<(string Module, int Offset)> Find(TokenizedSource source, string language)
        {
            switch (language)
            {
                case ImportSignature.Python:
                    return Named(source, PythonImport);
                case ImportSignature.Java:
                    return Named(source, JavaImport);
                case ImportSignature.Php:
                    return Concat(Named(source, PhpUse), Named(source, PhpNew));
                case ImportSignature.JavaScript:
                    return Quoted(source, JavaScriptImport);
                case ImportSignature.Ruby:
                    return Quoted(source, RubyRequire);
                case ImportSignature.Go:
                    return Concat(GoBlocks(source), Quoted(source, GoImport));
                default:
                    return new (string, int)[0];
            }
        }

        /// <summary>
        /// Calls of a function written <c>name(</c> in code: not a method (<c>-&gt;name(</c>, <c>::name(</c>), not a
        /// longer name, not its declaration, not the construction of a class of that name (<c>new Mail(</c>).
        /// </summary>
        public static IEnumerable<int> Calls(TokenizedSource source, string function)
        {
            var call = new Regex(@"(?<![\w$\\])(?<!->\s*)(?<!::\s*)(?<!\bfunction\s+&?\s*)(?<!\bnew\s+)" + Regex.Escape(function) + @"\s*\(", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);
            foreach (Match match in call.Matches(source.Code))
            {
                yield return match.Index;
            }
        }

        /// <summary>
        /// Where code names a module in full without importing it: a Ruby constant (<c>Aws::S3::Client</c>,
        /// <c>::SibApiV3Sdk</c>: gems load by Bundler, not by require) or a fully qualified Java or Kotlin name
        /// (<c>org.apache.poi.xssf.usermodel.XSSFWorkbook()</c>). A whole name only: not inside a longer one
        /// (<c>MyAws::S3</c>, <c>Aws::S3Control</c>). A plain search of the code, no pattern.
        /// </summary>
        public static IEnumerable<int> Mentions(TokenizedSource source, string module)
        {
            var code = source.Code;
            for (var at = code.IndexOf(module, StringComparison.Ordinal); at >= 0; at = code.IndexOf(module, at + module.Length, StringComparison.Ordinal))
            {
                var end = at + module.Length;
                var before = at == 0 ? ' ' : code[at - 1];
                var after = end >= code.Length ? ' ' : code[end];
                var wholeStart = !(char.IsLetterOrDigit(before) || before == '_' || before == '$' || before == '@' || (before == '.' && module.IndexOf('.') > 0));
                var wholeEnd = !(char.IsLetterOrDigit(after) || after == '_');
                if (wholeStart && wholeEnd)
                {
                    yield return at;
                }
            }
        }

        private static IEnumerable<(string, int)> Named(TokenizedSource source, Regex regex)
        {
            foreach (Match match in regex.Matches(source.Code))
            {
                foreach (Capture capture in match.Groups["m"].Captures)
                {
                    yield return (capture.Value, capture.Index);
                }
            }
        }

        private static IEnumerable<(string, int)> Quoted(TokenizedSource source, Regex regex)
        {
            foreach (Match match in regex.Matches(source.Code))
            {
                if (source.TryLiteralAt(match.Groups["q"].Index, out var literal) && literal.Length > 0)
                {
                    yield return (source.ContentOf(literal), literal.Start);
                }
            }
        }

        private static IEnumerable<(string, int)> GoBlocks(TokenizedSource source)
        {
            foreach (Match match in GoImportBlock.Matches(source.Code))
            {
                var body = match.Groups["body"];
                foreach (var literal in source.Literals)
                {
                    if (literal.Quote >= body.Index && literal.Quote < body.Index + body.Length)
                    {
                        yield return (source.ContentOf(literal), literal.Start);
                    }
                }
            }
        }

        private static IEnumerable<T> Concat<T>(IEnumerable<T> first, IEnumerable<T> second)
        {
            foreach (var item in first)
            {
                yield return item;
            }

            foreach (var item in second)
            {
                yield return item;
            }
        }
    }
}
