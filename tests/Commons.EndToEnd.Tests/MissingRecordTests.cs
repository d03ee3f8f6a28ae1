using Xunit;

namespace Commons.EndToEnd.Tests
{
    public sealed class MissingRecordTests
    {
        [Fact]
        public void A_repository_without_a_record_fails_in_French_naming_where_it_looked_and_how_to_create_one()
        {
            var repo = new ThrowawayRepository("missing");

            var result = repo.Build(null, "-p:CommonsToday=2026-11-28");

            Expect.ExitCode(result, 1);
            var line = Expect.Line(result, repo.RecordPath, 1, 1, "error", "CN0001", "Aucun fichier commons-decision.yml trouvé", repo.ProjectPath());
            Assert.Contains(repo.Path_("src/App"), line);
            Assert.Contains("commons init", line);
        }

        [Fact]
        public void A_nested_repository_does_not_borrow_the_outer_record_even_in_a_folder_named_with_an_apostrophe()
        {
            // The outer repository has a valid record; the project lives in a repository of its own inside it (a
            // vendored library, a submodule): its record is missing, whatever lies above its root.
            var outer = new ThrowawayRepository("outer").WithRecord(Records.Compliant);
            var nested = outer.Write("vendor/l'équipe x/.git/HEAD", "ref: refs/heads/main\n");
            var root = System.IO.Path.GetDirectoryName(System.IO.Path.GetDirectoryName(nested))!;
            var project = outer.AddProject("Lib", "vendor/l'équipe x/src");

            var result = outer.Build(project, "-p:CommonsToday=2026-11-28", "-p:CommonsLanguage=en");

            Expect.ExitCode(result, 1);
            var line = Expect.Line(result, System.IO.Path.Combine(root, "commons-decision.yml"), 1, 1, "error", "CN0001", "No commons-decision.yml", project);
            Assert.Contains(".git", line);
        }

        [Fact]
        public void A_repository_whose_path_holds_an_apostrophe_and_parentheses_builds_and_checks_its_record()
        {
            // The record's path reaches property functions in the package's targets (the 'fournisseur' claim): a quote
            // or a parenthesis in it must not break the build's evaluation (MSB4184) on a Windows user's "l'équipe".
            var repo = new ThrowawayRepository("l'équipe (v2) $x").WithRecord(Records.Compliant);

            var clean = repo.Build(null, "-p:CommonsToday=2026-11-28", "-p:CommonsLanguage=en");

            Expect.ExitCode(clean, 0);
            Assert.DoesNotContain("MSB4184", clean.Output);

            // A record holding the word runs the provider check's task too (a comment is enough to reach it).
            repo.Write("commons-decision.yml", Records.Compliant + "# fournisseur : aucun pour l'instant\n");
            var claimed = repo.Build(null, "-p:CommonsToday=2026-11-28", "-p:CommonsLanguage=en");

            Expect.ExitCode(claimed, 0);
            Assert.DoesNotContain("MSB4184", claimed.Output);
        }

        [Fact]
        public void The_opt_out_builds_but_warns_naming_the_property()
        {
            var repo = new ThrowawayRepository("optout");

            var result = repo.Build(null, "-p:CommonsEnforcement=false", "-p:CommonsLanguage=en");

            Expect.ExitCode(result, 0);
            var prefix = repo.ProjectPath() + " : warning CN0901: ";
            Assert.Contains(result.Lines, l => l.StartsWith(prefix, System.StringComparison.Ordinal) && l.Contains("CommonsEnforcement is 'false'"));
            Assert.DoesNotContain("CN0001", result.Output);
        }
    }
}
