using System.Collections.Generic;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// Everything the scan knows of one language beyond C# (which Roslyn reads): its files and their lexical syntax,
    /// its import forms, its manifests and its package ecosystem. One file per language, listed in
    /// <see cref="SourceLanguages"/>: adding a language, or a form to one, is that file.
    /// </summary>
    internal abstract class SourceLanguage
    {
        /// <summary>The language's key in the catalog's <c>imports</c> (<c>python:smtplib</c>): one of <c>ImportSignature.Languages</c>.</summary>
        public abstract string ImportLanguage { get; }

        /// <summary>The catalog's package ecosystems (<c>PackageEcosystems</c>) its manifests declare; empty when it has none.</summary>
        public abstract IReadOnlyList<string> Ecosystems { get; }

        /// <summary>Its source files, by extension or whole name, with the syntax the tokenizer reads them with.</summary>
        public abstract IReadOnlyList<SourceFileForm> Files { get; }

        /// <summary>Its dependency manifests, each with its reader.</summary>
        public abstract IReadOnlyList<ManifestForm> Manifests { get; }

        /// <summary>Are its ecosystems' packages imported by their own name (npm: Node resolves <c>require("exceljs")</c> by the package)? Then each is also an import signature.</summary>
        public virtual bool ImportsPackagesByName => false;

        /// <summary>Do its module names compare without case (PHP's namespaces)?</summary>
        public virtual bool ModulesIgnoreCase => false;

        /// <summary>May code name this catalogued module in full without importing it (a Java package, a Ruby constant)?</summary>
        public virtual bool NamesInFull(string module) => false;

        /// <summary>The modules a file of the language imports, in its code (comments and literal contents blanked), with their offsets.</summary>
        public abstract IEnumerable<(string Module, int Offset)> Imports(TokenizedSource source);
    }
}
