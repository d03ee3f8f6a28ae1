using System.IO;
using Commons.Engine.Files;

namespace Commons.Engine.Catalog
{
    /// <summary>
    /// A repository's own commons-catalog.yml, at its root beside the record: what <c>commons check</c>, the build's
    /// check and <c>commons scan</c> extend the shipped catalog with, as the analyzers do. Read as hostile input: a
    /// regular file of the folder, not through a link out of it, within a byte limit. Its problems are the analyzers' to
    /// report (CN19xx); here a bad entry is left out and an unreadable file leaves the catalog as it is.
    /// </summary>
    public static class OrganisationCatalogFile
    {
        /// <summary>The most bytes read: far above any hand-written catalog.</summary>
        public const long MaxBytes = 1024 * 1024;

        /// <summary>The file's path in <paramref name="folder"/>.</summary>
        public static string PathIn(string folder) => Path.Combine(folder, BrickCatalog.OrganisationFileName);

        /// <summary>The text of the folder's commons-catalog.yml, or null when it has none or it cannot be read.</summary>
        public static string? ReadText(string folder)
        {
            var path = PathIn(folder);
            return File.Exists(path) ? new BoundedFileReader(MaxBytes, folder).ReadText(path) : null;
        }

        /// <summary><paramref name="catalog"/> extended by the folder's commons-catalog.yml; the catalog itself without one.</summary>
        public static BrickCatalog Extend(BrickCatalog catalog, string folder)
        {
            var text = ReadText(folder);
            return text == null ? catalog : catalog.WithOrganisationFile(text, BrickCatalog.OrganisationFileName).Catalog;
        }
    }
}
