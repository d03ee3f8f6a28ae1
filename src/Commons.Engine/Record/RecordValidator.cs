using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;
using Commons.Engine.Policy;
using Commons.Engine.Yaml;

namespace Commons.Engine.Record
{
    /// <summary>
    /// Checks a <c>commons-decision.yml</c> against the decision tree and returns every finding in one
    /// run. Never throws on any input: a file that cannot be read is itself a located finding.
    /// </summary>
    public sealed class RecordValidator
    {
        public const string FileName = "commons-decision.yml";

        private readonly PolicyTree _tree;
        private readonly BrickCatalog _catalog;
        private readonly ValidationOptions _options;

        public RecordValidator(ValidationOptions? options = null, PolicyTree? tree = null, BrickCatalog? catalog = null)
        {
            _options = options ?? new ValidationOptions();
            _tree = tree ?? PolicyTree.Embedded;
            _catalog = catalog ?? BrickCatalog.Embedded;
        }

        /// <summary>Validates the file at <paramref name="path"/>; a missing file or a folder is a CN0001 finding.</summary>
        public ValidationResult ValidateFile(string path)
        {
            var sink = NewSink(path);
            if (Directory.Exists(path))
            {
                sink.ReportVariant(RecordRules.RecordMissing, SourcePosition.Start, "IsDirectory", path);
                return new ValidationResult(path, sink.Findings, null);
            }

            if (!File.Exists(path))
            {
                sink.Report(RecordRules.RecordMissing, SourcePosition.Start, path);
                return new ValidationResult(path, sink.Findings, null);
            }

            byte[] bytes;
            try
            {
                var info = new FileInfo(path);
                if (info.Length > _options.Limits.MaxBytes)
                {
                    // Do not even read a file that is too large to be a record.
                    sink.ReportVariant(RecordRules.LimitExceeded, SourcePosition.Start, "Size", info.Length, _options.Limits.MaxBytes);
                    return new ValidationResult(path, sink.Findings, null);
                }

                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                sink.ReportVariant(RecordRules.InvalidYaml, SourcePosition.Start, "Unreadable", ex.Message);
                return new ValidationResult(path, sink.Findings, null);
            }

            var text = RecordText.Decode(bytes, sink, _options.Limits);
            if (text != null && _options.CheckSchemaLine)
            {
                SchemaLineCheck.Check(text, path, sink);
            }

            var repository = new Lazy<RepositoryFacts?>(() => _options.Repository ?? RepositoryFacts.Near(path));
            return text == null ? new ValidationResult(path, sink.Findings, null) : Validate(text, sink, repository);
        }

        public ValidationResult ValidateBytes(byte[] bytes, string? filePath)
        {
            var sink = NewSink(filePath);
            var text = RecordText.Decode(bytes, sink, _options.Limits);
            return text == null ? new ValidationResult(filePath, sink.Findings, null) : Validate(text, sink);
        }

        public ValidationResult ValidateText(string text, string? filePath)
        {
            var sink = NewSink(filePath);
            // Counted in UTF-8 bytes, like a file on disk: the limit means the same whichever way the record arrives.
            var size = text.Length > _options.Limits.MaxBytes ? System.Text.Encoding.UTF8.GetByteCount(text) : text.Length;
            if (size > _options.Limits.MaxBytes)
            {
                sink.ReportVariant(RecordRules.LimitExceeded, SourcePosition.Start, "Size", size, _options.Limits.MaxBytes);
                return new ValidationResult(filePath, sink.Findings, null);
            }

            return Validate(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text, sink);
        }

        private FindingSink NewSink(string? filePath) => new FindingSink(filePath, _options.Culture);

        /// <summary>A record given as bytes or text: its <c>fournisseur</c> claims are checked only against <see cref="ValidationOptions.Repository"/>.</summary>
        private ValidationResult Validate(string text, FindingSink sink) => Validate(text, sink, new Lazy<RepositoryFacts?>(() => _options.Repository));

        private ValidationResult Validate(string text, FindingSink sink, Lazy<RepositoryFacts?> repository)
        {
            var root = RecordYamlReader.Read(text, sink, _options.Limits);
            if (root == null)
            {
                if (sink.Findings.Count == 0)
                {
                    sink.ReportVariant(RecordRules.NotAMapping, SourcePosition.Start, "Empty");
                }

                return Sorted(sink, null);
            }

            if (!(root is MappingNode mapping))
            {
                if (root is ScalarNode scalar && scalar.IsNull)
                {
                    sink.ReportVariant(RecordRules.NotAMapping, SourcePosition.Start, "Empty");
                }
                else if (!(root is InvalidNode))
                {
                    sink.Report(RecordRules.NotAMapping, root.Position, Describe(root, sink));
                }

                return Sorted(sink, null);
            }

            var context = new ValidationContext(sink, _tree, _catalog, _options.Today().Date, repository);
            CheckRecord(context, mapping);
            return Sorted(sink, context.Record);
        }

        private static string Describe(Node node, FindingSink sink) =>
            node is SequenceNode ? sink.Text("Kind_List") : sink.Text("Quoted", (node as ScalarNode)?.Value ?? node.KindName);

        private static ValidationResult Sorted(FindingSink sink, DecisionRecord? record)
        {
            // Stable sort: file order, and for one position the order the rules ran in.
            var ordered = sink.Findings.Select((f, i) => (f, i)).OrderBy(p => p.f.Line).ThenBy(p => p.f.Column).ThenBy(p => p.i).Select(p => p.f).ToList();
            return new ValidationResult(sink.FilePath, ordered, record);
        }

        private static void CheckRecord(ValidationContext context, MappingNode rootNode)
        {
            var root = new MappingReader(context.Sink, rootNode, string.Empty, SourcePosition.Start, RecordKeys.Root);
            CheckVersion(context, root);

            var nature = ProjectSection.Check(context, root);
            CheckNatureSections(context, root, nature);

            var bricks = root.Mapping(RecordKeys.Bricks);
            if (bricks != null)
            {
                BricksSection.Check(context, new MappingReader(context.Sink, bricks, RecordKeys.Bricks, root.Entry(RecordKeys.Bricks)!.Key.Position, context.Catalog.Ids.ToList()), bricks);
            }
        }

        private static void CheckVersion(ValidationContext context, MappingReader root)
        {
            var entry = root.Entry(RecordKeys.Version);
            if (entry == null)
            {
                context.Sink.ReportVariant(RecordRules.Version, SourcePosition.Start, "Missing");
                return;
            }

            if (entry.Value is ScalarNode quoted && !quoted.IsPlain && quoted.Value == "1")
            {
                context.Sink.ReportVariant(RecordRules.Version, entry.Value.Position, "Quoted");
            }
            else if (!(entry.Value is ScalarNode scalar) || !scalar.IsPlain || scalar.Value != "1")
            {
                var shown = (entry.Value as ScalarNode)?.Value ?? entry.Value.KindName;
                context.Sink.ReportVariant(RecordRules.Version, entry.Value.Position, "Unknown", shown);
            }
        }

        /// <summary>
        /// Each nature needs some sections and has no use for the others. Sections that do not apply are
        /// a warning and are not checked further; missing required ones are reported at the nature.
        /// </summary>
        private static void CheckNatureSections(ValidationContext context, MappingReader root, NatureChoice? nature)
        {
            foreach (var section in RecordKeys.NatureSections)
            {
                var entry = root.Entry(section);
                if (entry == null)
                {
                    if (nature != null && nature.Nature.RequiredSections.Contains(section))
                    {
                        context.Sink.Report(RecordRules.RequiredMissing, nature.Position, section, context.Sink.Text("Hint_SectionForNature", nature.Nature.Id));
                    }

                    continue;
                }

                if (nature != null && !nature.Nature.Accepts(section))
                {
                    context.Sink.Report(RecordRules.SectionNotApplicable, entry.Key.Position, section, nature.Nature.Id);
                    continue;
                }

                var map = root.Mapping(section);
                if (map == null)
                {
                    if (entry.Value is ScalarNode scalar && scalar.IsNull && nature != null && nature.Nature.RequiredSections.Contains(section))
                    {
                        context.Sink.Report(RecordRules.RequiredMissing, entry.Key.Position, section + "." + RecordKeys.Solution, context.Sink.Text("Hint_SectionForNature", nature.Nature.Id));
                    }

                    continue;
                }

                var anchor = entry.Key.Position;
                switch (section)
                {
                    case RecordKeys.Site:
                        SiteSection.Check(context, new MappingReader(context.Sink, map, section, anchor, RecordKeys.SiteKeys));
                        break;
                    case RecordKeys.FrontUsager:
                        FrontUsagerSection.Check(context, new MappingReader(context.Sink, map, section, anchor, RecordKeys.FrontKeys));
                        break;
                    case RecordKeys.BackOffice:
                        BackOfficeSection.Check(context, new MappingReader(context.Sink, map, section, anchor, RecordKeys.BackOfficeKeys));
                        break;
                    case RecordKeys.Referential:
                        ReferentialSection.Check(context, new MappingReader(context.Sink, map, section, anchor, RecordKeys.ReferentialKeys));
                        break;
                }
            }
        }
    }

    /// <summary>The nature a record declares, and where, for messages about the sections it requires.</summary>
    internal sealed class NatureChoice
    {
        public NatureChoice(Nature nature, SourcePosition position)
        {
            Nature = nature;
            Position = position;
        }

        public Nature Nature { get; }

        public SourcePosition Position { get; }
    }
}
