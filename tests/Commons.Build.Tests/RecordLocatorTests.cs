using System.IO;
using Xunit;

namespace Commons.Build.Tests
{
    public sealed class RecordLocatorTests
    {
        [Fact]
        public void The_record_is_found_at_the_repository_root_from_a_project_two_folders_below()
        {
            using var repo = new TempRepository();
            var record = repo.Write("commons-decision.yml", Records.Compliant);

            var search = RecordLocator.Locate(repo.Folder("src", "App"), null, null);

            Assert.True(search.Found);
            Assert.Equal(record, search.RecordPath);
        }

        [Fact]
        public void A_folder_named_like_the_record_stops_the_walk_as_a_folder_not_as_a_missing_record()
        {
            using var repo = new TempRepository();
            var folder = repo.Folder("commons-decision.yml");

            var search = RecordLocator.Locate(repo.Folder("src", "App"), null, null);

            Assert.False(search.Found);
            Assert.True(search.IsFolder);
            Assert.Equal(folder, search.RecordPath);
        }

        [Fact]
        public void A_configured_folder_whose_record_is_a_folder_is_a_folder_too()
        {
            using var repo = new TempRepository();
            var folder = repo.Folder("config", "commons-decision.yml");

            var search = RecordLocator.Locate(repo.Folder("src", "App"), "../../config", null);

            Assert.False(search.Found);
            Assert.True(search.IsFolder);
            Assert.Equal(folder, search.RecordPath);
        }

        [Fact]
        public void The_nearest_record_wins()
        {
            using var repo = new TempRepository();
            repo.Write("commons-decision.yml", Records.Compliant);
            var nearer = repo.Write(Path.Combine("src", "commons-decision.yml"), Records.Compliant);

            Assert.Equal(nearer, RecordLocator.Locate(repo.Folder("src", "App"), null, null).RecordPath);
        }

        [Fact]
        public void The_walk_stops_at_the_folder_that_holds_git_and_never_takes_a_record_above_it()
        {
            using var outer = new TempRepository(withGit: false);
            outer.Write("commons-decision.yml", Records.Compliant);
            var inner = outer.Folder("inner");
            Directory.CreateDirectory(Path.Combine(inner, ".git"));

            var search = RecordLocator.Locate(outer.Folder("inner", "src", "App"), null, null);

            Assert.False(search.Found);
            Assert.Equal(SearchBoundary.RepositoryRoot, search.Boundary);
            Assert.Equal(inner, search.StopDirectory);
            Assert.Equal(Path.Combine(inner, "commons-decision.yml"), search.RecordPath);
        }

        [Fact]
        public void A_git_file_as_in_a_worktree_marks_the_root_too()
        {
            using var repo = new TempRepository(withGit: false);
            File.WriteAllText(repo.Path_(".git"), "gitdir: /elsewhere\n");

            var search = RecordLocator.Locate(repo.Folder("src"), null, null);

            Assert.Equal(repo.Root, search.StopDirectory);
            Assert.Equal(SearchBoundary.RepositoryRoot, search.Boundary);
        }

        [Fact]
        public void CommonsRepositoryRoot_stops_the_walk_in_a_repository_without_git()
        {
            using var outer = new TempRepository(withGit: false);
            outer.Write("commons-decision.yml", Records.Compliant);
            var root = outer.Folder("sample");

            var search = RecordLocator.Locate(outer.Folder("sample", "src"), null, root);

            Assert.False(search.Found);
            Assert.Equal(SearchBoundary.ConfiguredRoot, search.Boundary);
            Assert.Equal(root, search.StopDirectory);
        }

        [Fact]
        public void CommonsDecisionFile_names_a_file_relative_to_the_project_or_a_folder()
        {
            using var repo = new TempRepository();
            var record = repo.Write(Path.Combine("policy", "commons-decision.yml"), Records.Compliant);
            var project = repo.Folder("src", "App");

            var byFile = RecordLocator.Locate(project, Path.Combine("..", "..", "policy", "commons-decision.yml"), null);
            var byFolder = RecordLocator.Locate(project, repo.Path_("policy"), null);

            Assert.Equal(record, byFile.RecordPath);
            Assert.True(byFile.Found);
            Assert.Equal(SearchBoundary.Configured, byFile.Boundary);
            Assert.Equal(record, byFolder.RecordPath);
        }
    }
}
