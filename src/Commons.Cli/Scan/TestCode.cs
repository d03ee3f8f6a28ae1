using System;
using System.Collections.Generic;
using System.IO;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// Tests and their fixtures, by each ecosystem's conventions (<c>tests/</c>, <c>spec/</c>, <c>src/test/</c>,
    /// <c>*_test.go</c>, <c>test_*.py</c>, <c>*.spec.ts</c>, <c>*IT.java</c>…): a test that mocks an SMTP server or
    /// an S3 bucket exercises the application's own sending or storage, which is where the scan reports it; the fleet's
    /// other languages only (the C# scan is the analyzers' and keeps its own rules).
    /// </summary>
    internal static class TestCode
    {
        private static readonly HashSet<string> TestFolders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "test", "tests", "spec", "specs", "__tests__", "__mocks__", "testdata", "fixtures", "__fixtures__", "e2e", "cypress",
        };

        private static readonly string[] TestSuffixes =
        {
            "_test.go", "_test.py", "_spec.rb", "_test.rb", "Test.java", "Tests.java", "IT.java", "Test.kt", "Tests.kt", "IT.kt", "Test.php",
        };

        private static readonly string[] TestInfixes = { ".test.", ".spec.", ".e2e." };

        /// <summary>Is the file (its path relative to the repository, forward slashes) a test or a test fixture?</summary>
        public static bool Contains(string relativePath)
        {
            var segments = relativePath.Split('/');
            for (var i = 0; i < segments.Length - 1; i++)
            {
                if (TestFolders.Contains(segments[i]))
                {
                    return true;
                }
            }

            var name = segments[segments.Length - 1];
            if (name.StartsWith("test_", StringComparison.Ordinal) || name == "conftest.py")
            {
                return true;
            }

            foreach (var suffix in TestSuffixes)
            {
                if (name.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            // foo.test.ts, foo.spec.js: a module's convention; a data file's name (.env.test.local) names an environment.
            foreach (var infix in TestInfixes)
            {
                if (name.IndexOf(infix, StringComparison.OrdinalIgnoreCase) > 0 && SourceSyntax.ForFile(name) != null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The same for a full path of a repository.</summary>
        public static bool Contains(Repository repository, string fullPath) =>
            Contains(Path.GetRelativePath(repository.Root, fullPath).Replace('\\', '/'));
    }
}
