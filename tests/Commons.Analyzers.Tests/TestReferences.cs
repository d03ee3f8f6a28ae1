using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Commons.Analyzers.Tests
{
    /// <summary>
    /// The assemblies a test compiles against, read from packages that <c>dotnet restore</c> put in the NuGet folder
    /// (the <c>PackageDownload</c> items of this project). Nothing is downloaded while tests run: a cold temporary
    /// folder or parallel runs cannot leave a half-fetched package behind.
    /// </summary>
    internal sealed class TestReferences
    {
        /// <summary>Target frameworks a library package's <c>lib/</c> folder is taken from, best first, for a net8.0 test compilation.</summary>
        private static readonly string[] LibraryFrameworks = { "net8.0", "net7.0", "net6.0", "netstandard2.1", "netstandard2.0", "netstandard1.3" };

        private TestReferences(ImmutableArray<MetadataReference> assemblies) => Assemblies = assemblies;

        public ImmutableArray<MetadataReference> Assemblies { get; }

        /// <summary>The reference assemblies of a targeting pack (<c>ref/net8.0</c>).</summary>
        public static TestReferences TargetingPack(string packageId) =>
            new TestReferences(Dlls(TargetingPackFolder(packageId)).ToImmutableArray());

        /// <summary>These references plus a second targeting pack's (ASP.NET Core over .NET).</summary>
        public TestReferences WithTargetingPack(string packageId) =>
            new TestReferences(Assemblies.AddRange(Dlls(TargetingPackFolder(packageId))));

        /// <summary>These references plus the compile assets of each package (a library's dependencies are listed too).</summary>
        public TestReferences With(params string[] packageIds) =>
            new TestReferences(Assemblies.AddRange(packageIds.SelectMany(id => Dlls(LibraryFolder(id)))));

        private static string TargetingPackFolder(string packageId) => Path.Combine(RestoredPackages.Folder(packageId), "ref", "net8.0");

        private static string LibraryFolder(string packageId)
        {
            var package = RestoredPackages.Folder(packageId);
            return LibraryFrameworks.Select(tfm => Path.Combine(package, "lib", tfm)).FirstOrDefault(Directory.Exists)
                ?? throw new InvalidOperationException($"The package {packageId} has no lib/ folder usable from net8.0 in {package}.");
        }

        private static IEnumerable<MetadataReference> Dlls(string folder) =>
            Directory.EnumerateFiles(folder, "*.dll").OrderBy(f => f, StringComparer.Ordinal).Select(f => (MetadataReference)MetadataReference.CreateFromFile(f));
    }

    /// <summary>Where the project file's <c>PackageDownload</c> items were restored, as its build wrote it into this assembly.</summary>
    internal static class RestoredPackages
    {
        private static readonly IReadOnlyDictionary<string, string> Metadata = typeof(RestoredPackages).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .ToDictionary(a => a.Key, a => a.Value ?? string.Empty, StringComparer.OrdinalIgnoreCase);

        public static string Folder(string packageId)
        {
            if (!Metadata.TryGetValue("NuGetPackageRoot", out var root) || !Metadata.TryGetValue("TestPackage:" + packageId, out var range))
            {
                throw new InvalidOperationException($"The package {packageId} is not a PackageDownload item of Commons.Analyzers.Tests.csproj: add it there.");
            }

            var version = range.Trim('[', ']', ' ');
            var folder = Path.Combine(root, packageId.ToLowerInvariant(), version.ToLowerInvariant());
            return Directory.Exists(folder)
                ? folder
                : throw new InvalidOperationException($"The package {packageId} {version} is not in {root}: run dotnet restore.");
        }
    }

    internal static class TestReferencesExtensions
    {
        /// <summary>
        /// Compiles the test against these references only. The testing library's own reference set is left empty
        /// (a framework name and no package), so it resolves nothing and downloads nothing.
        /// </summary>
        public static void CompileAgainst(this Microsoft.CodeAnalysis.Testing.AnalyzerTest<DefaultVerifier> test, TestReferences references)
        {
            test.ReferenceAssemblies = NoDownload;
            test.TestState.AdditionalReferences.AddRange(references.Assemblies);
        }

        private static readonly ReferenceAssemblies NoDownload = new ReferenceAssemblies("net8.0");
    }

    /// <summary>The real libraries the signatures name. Each package and its dependencies are PackageDownload items of the project.</summary>
    internal static class References
    {
        public static readonly TestReferences Net80 = TestReferences.TargetingPack("Microsoft.NETCore.App.Ref");

        /// <summary>ASP.NET Core 8 (Identity, cookies, JWT bearer) from its reference pack.</summary>
        public static readonly TestReferences AspNetCore = Net80.WithTargetingPack("Microsoft.AspNetCore.App.Ref");

        /// <summary>ASP.NET Core 8 and its OpenID Connect handler, a package of its own.</summary>
        public static readonly TestReferences OpenIdConnect = AspNetCore.With(
            "Microsoft.AspNetCore.Authentication.OpenIdConnect", "Microsoft.IdentityModel.Protocols.OpenIdConnect", "Microsoft.IdentityModel.Protocols",
            "Microsoft.IdentityModel.Tokens", "Microsoft.IdentityModel.Logging", "Microsoft.IdentityModel.Abstractions",
            "Microsoft.IdentityModel.JsonWebTokens", "System.IdentityModel.Tokens.Jwt");

        public static readonly TestReferences MailKit = Net80.With("MailKit", "MimeKit", "BouncyCastle.Cryptography");

        public static readonly TestReferences S3 = Net80.With("AWSSDK.S3", "AWSSDK.Core");

        public static readonly TestReferences OpenXml = Net80.With("DocumentFormat.OpenXml", "DocumentFormat.OpenXml.Framework", "System.IO.Packaging");

        public static readonly TestReferences ClosedXml = Net80.With("ClosedXML", "DocumentFormat.OpenXml", "DocumentFormat.OpenXml.Framework", "System.IO.Packaging");

        public static readonly TestReferences EPPlus = Net80.With("EPPlus");

        public static readonly TestReferences SendGrid = Net80.With("SendGrid", "Newtonsoft.Json", "starkbank-ecdsa");

        public static readonly TestReferences BCrypt = Net80.With("BCrypt.Net-Next");

        public static readonly TestReferences WorkflowCore = Net80.With("WorkflowCore");

        public static readonly TestReferences Minio = Net80.With("Minio");
    }
}
