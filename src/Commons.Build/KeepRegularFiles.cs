using System.Linq;
using Commons.Engine.Files;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Commons.Build
{
    /// <summary>
    /// The configuration files the package hands to the compiler as additional files (a project's
    /// <c>appsettings*.json</c>), but only the regular ones: the compiler opens them itself, and a FIFO named
    /// <c>appsettings.json</c> would block it for ever, a link to <c>/dev/zero</c> fill its memory. Each file left out is
    /// said, with its kind; the build goes on without it. Where the file's kind cannot be read (no Unix native library,
    /// as in Visual Studio's MSBuild on Windows), the file is kept, as before.
    /// </summary>
    public sealed class KeepRegularFiles : Task
    {
        [Required]
        public ITaskItem[] Files { get; set; } = new ITaskItem[0];

        /// <summary>The property CommonsLanguage: fr (default) or en.</summary>
        public string? Language { get; set; }

        [Output]
        public ITaskItem[] Regular { get; private set; } = new ITaskItem[0];

        public override bool Execute()
        {
            BuildSettings.TryParseLanguage(Language, out var culture);
            Regular = Files.Where(file =>
            {
                var kind = BoundedFileReader.KindOf(file.GetMetadata("FullPath"));
                if (kind == FileKind.Regular || kind == FileKind.Unknown || kind == FileKind.Missing)
                {
                    return true;
                }

                Log.LogMessage(MessageImportance.High, TaskMessages.Format(culture, "AdditionalFile_NotRegular", file.ItemSpec, FileContent.NotRegular(kind, culture)));
                return false;
            }).ToArray();
            return true;
        }
    }
}
