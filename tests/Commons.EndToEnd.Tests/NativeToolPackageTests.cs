using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Commons.EndToEnd.Tests
{
    /// <summary>
    /// The native tool as a pipeline gets it: <c>dotnet tool install Commons.Cli.Native</c> from a feed holding the three
    /// packages docs/cli.md packs. The .NET CLI picks this machine's native build (no <c>commons.dll</c>, no runtime
    /// needed), which then scans C# with the SDK's reference packs as the .NET tool does.
    /// </summary>
    public sealed class NativeToolPackageTests
    {
        [Fact]
        public void The_native_tool_installs_for_this_platform_and_scans_the_sample_fleet()
        {
            var feed = PackageFeed.FeedWithNativeTool;
            Assert.Equal(
                new[] { "Commons.Cli.Native." + PackageFeed.Version + ".nupkg", "Commons.Cli.Native.any." + PackageFeed.Version + ".nupkg", "Commons.Cli.Native.linux-x64." + PackageFeed.Version + ".nupkg" },
                Directory.GetFiles(feed, "*.nupkg").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray());
            var tools = Path.Combine(PackageFeed.RunDirectory, "tools-native-" + Guid.NewGuid().ToString("N").Substring(0, 8));

            var install = DotNet.RunShell(PackageFeed.RunDirectory, PackageFeed.PackagesDirectory,
                "dotnet tool install Commons.Cli.Native --tool-path '" + tools + "' --add-source '" + feed + "' --version " + PackageFeed.Version);
            Assert.True(install.ExitCode == 0, install.ToString());

            var installed = new FileInfo(Path.Combine(tools, "commons")).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? string.Empty;
            Assert.Contains(Path.Combine("commons.cli.native.linux-x64", PackageFeed.Version, "tools", "any", "linux-x64", "commons"), installed, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(installed)!, "commons.dll")), "the native package holds no assembly to JIT: " + installed);

            var fleet = Path.Combine(RepositoryPaths.Root, "samples", "fleet");
            var scan = DotNet.RunShell(PackageFeed.RunDirectory, PackageFeed.PackagesDirectory,
                "'" + Path.Combine(tools, "commons") + "' scan '" + fleet + "' --lang en --today 2026-12-05");

            Assert.True(scan.ExitCode == 1, scan.ToString());
            Assert.Equal("6 repository(ies) scanned: 8 error(s), 12 warning(s).", scan.Lines.Last(l => l.Length > 0));
            // The C# repository's finding needs the framework's SmtpClient resolved: bound, not matched by name.
            Assert.Contains(scan.Lines, l => l.StartsWith("messagerie-maison/src/Messagerie/Envoi.cs(10,26): error CN1004:", StringComparison.Ordinal) && l.Contains("System.Net.Mail.SmtpClient", StringComparison.Ordinal));
        }
    }
}
