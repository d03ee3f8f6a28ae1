using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Commons.Engine.Files;
using Commons.Engine.Findings;
using Commons.Engine.Record;

namespace Commons.Engine.Tests;

/// <summary>
/// The one reader of a repository's files: regular files only, a hard byte limit whatever the file system reports, no
/// link out of the root. Each case is a real special file in a temp folder; a regression would hang (the FIFO) or fill
/// the memory (<c>/dev/zero</c>), so every read runs under a generous hang guard.
/// </summary>
public sealed class BoundedFileReaderTests : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private readonly string _root = Directory.CreateTempSubdirectory("commons-reader-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_regular_file_within_the_limit_is_read_whole()
    {
        var path = Write("a.json", new string('x', 100));

        var content = Read(new BoundedFileReader(100, _root), path);

        Assert.Equal(FileRefusal.None, content.Refusal);
        Assert.Equal(100, content.Bytes!.Length);
    }

    [Fact]
    public void A_file_one_byte_over_the_limit_is_too_large_and_not_read()
    {
        var path = Write("a.json", new string('x', 101));

        var content = Read(new BoundedFileReader(100, _root), path);

        Assert.Equal(FileRefusal.TooLarge, content.Refusal);
        Assert.Null(content.Bytes);
        Assert.Equal(101, content.Size);
    }

    [Fact]
    public void A_file_far_over_the_limit_is_refused_by_its_reported_length_without_reading_it()
    {
        var path = Write("a.json", new string('x', 1000));

        var content = Read(new BoundedFileReader(100, _root), path);

        Assert.Equal(FileRefusal.TooLarge, content.Refusal);
        Assert.Equal(1000, content.Size); // the reported length, not the 101 bytes a read up to the limit would give
    }

    [Fact]
    public void The_limit_holds_when_the_reported_length_is_zero()
    {
        // /proc files are regular files of length 0 that read as text: only the read loop can hold the limit.
        Assert.Equal(0, new FileInfo("/proc/self/status").Length);

        var content = Read(new BoundedFileReader(16), "/proc/self/status");

        Assert.Equal(FileRefusal.TooLarge, content.Refusal);
        Assert.Equal(17, content.Size);
    }

    [Fact]
    public void A_fifo_is_not_opened()
    {
        var path = Path.Combine(_root, "package.json");
        Fifo(path);

        var content = Read(new BoundedFileReader(1024, _root), path);

        Assert.Equal(FileRefusal.NotRegular, content.Refusal);
        Assert.Equal(FileKind.Fifo, content.Kind);
        Assert.Equal("a named pipe (FIFO), not a regular file: not read", content.Reason(English, 1024));
    }

    [Fact]
    public void Dev_zero_is_a_character_device_when_no_root_confines_the_read()
    {
        var link = Path.Combine(_root, "commons-decision.yml");
        File.CreateSymbolicLink(link, "/dev/zero");

        var content = Read(new BoundedFileReader(1024), link);

        Assert.Equal(FileRefusal.NotRegular, content.Refusal);
        Assert.Equal(FileKind.CharacterDevice, content.Kind);
        Assert.Equal("un périphérique en mode caractère, pas un fichier ordinaire : non lu", content.Reason(CultureInfo.GetCultureInfo("fr"), 1024));
    }

    [Fact]
    public void A_socket_is_not_opened()
    {
        var path = Path.Combine(_root, "settings.json");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path)); // the socket's file lives as long as the socket

        var content = Read(new BoundedFileReader(1024, _root), path);

        Assert.Equal(FileRefusal.NotRegular, content.Refusal);
        Assert.Equal(FileKind.Socket, content.Kind);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/etc/passwd")]
    public void A_link_leading_out_of_the_root_is_not_read(string target)
    {
        var link = Path.Combine(_root, "repo", "config.json");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, target);

        var content = Read(new BoundedFileReader(1024 * 1024, Path.Combine(_root, "repo")), link);

        Assert.Equal(FileRefusal.OutsideRoot, content.Refusal);
        Assert.Equal("a link to a file outside the repository: not read", content.Reason(English, 1024));
    }

    [Fact]
    public void A_link_to_a_sibling_repository_through_dot_dot_is_not_read()
    {
        Write("sibling/appsettings.json", "{}");
        var link = Path.Combine(_root, "repo", "appsettings.json");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, Path.Combine("..", "sibling", "appsettings.json"));

        Assert.Equal(FileRefusal.OutsideRoot, Read(new BoundedFileReader(1024, Path.Combine(_root, "repo")), link).Refusal);
        Assert.Equal(FileRefusal.None, Read(new BoundedFileReader(1024, _root), link).Refusal); // inside the wider root
    }

    [Fact]
    public void A_link_to_a_sibling_whose_name_extends_the_root_name_is_not_read()
    {
        Write("repo-other/secret.json", "{}");
        var link = Path.Combine(_root, "repo", "secret.json");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, Path.Combine(_root, "repo-other", "secret.json"));

        Assert.Equal(FileRefusal.OutsideRoot, Read(new BoundedFileReader(1024, Path.Combine(_root, "repo")), link).Refusal);
    }

    [Fact]
    public void A_link_to_the_root_folder_itself_is_outside_the_files_of_the_root()
    {
        var link = Path.Combine(_root, "repo", "self");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        Directory.CreateSymbolicLink(link, Path.Combine(_root, "repo"));

        Assert.Equal(FileRefusal.OutsideRoot, Read(new BoundedFileReader(1024, Path.Combine(_root, "repo")), link).Refusal);
    }

    [Fact]
    public void Another_limit_keeps_the_same_root()
    {
        var link = Path.Combine(_root, "repo", "config.json");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, "/etc/passwd");

        var reader = new BoundedFileReader(1024 * 1024, Path.Combine(_root, "repo")).WithLimit(10);

        Assert.Equal(10, reader.MaxBytes);
        Assert.Equal(FileRefusal.OutsideRoot, Read(reader, link).Refusal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("//")]
    public void A_root_written_with_a_trailing_separator_reads_its_own_files(string separator)
    {
        var path = Write("repo/a.json", "{}");

        Assert.Equal(FileRefusal.None, Read(new BoundedFileReader(1024, Path.Combine(_root, "repo") + separator), path).Refusal);
    }

    [Fact]
    public void The_file_system_root_as_the_root_reads_the_files_under_it()
    {
        // A repository mounted at / (a container's whole file system): every file is under the root. Before the
        // mutation run showed the trimming of the root untested, "/" refused every file as outside itself.
        var path = Write("a.json", "{}");

        Assert.Equal(FileRefusal.None, Read(new BoundedFileReader(1024, "/"), path).Refusal);
    }

    [Fact]
    public void A_link_inside_the_root_is_read()
    {
        Write("inner/real.json", "{}");
        var link = Path.Combine(_root, "link.json");
        File.CreateSymbolicLink(link, Path.Combine("inner", "real.json"));

        var content = Read(new BoundedFileReader(1024, _root), link);

        Assert.Equal(FileRefusal.None, content.Refusal);
        Assert.Equal("{}", BoundedFileReader.Decode(content.Bytes!));
    }

    [Fact]
    public void A_root_reached_through_a_link_still_reads_its_own_files()
    {
        Write("real-repo/a.json", "{}");
        var linkedRoot = Path.Combine(_root, "linked-repo");
        Directory.CreateSymbolicLink(linkedRoot, Path.Combine(_root, "real-repo"));

        Assert.Equal(FileRefusal.None, Read(new BoundedFileReader(1024, linkedRoot), Path.Combine(linkedRoot, "a.json")).Refusal);
    }

    [Fact]
    public void A_dangling_link_is_missing()
    {
        var link = Path.Combine(_root, "gone.json");
        File.CreateSymbolicLink(link, Path.Combine(_root, "nothing-here.json"));

        Assert.Equal(FileRefusal.Missing, Read(new BoundedFileReader(1024), link).Refusal);
        Assert.Equal(FileRefusal.Missing, Read(new BoundedFileReader(1024, _root), link).Refusal);
    }

    [Fact]
    public void Decode_follows_the_byte_order_mark_and_drops_it()
    {
        Assert.Equal("<a/>", BoundedFileReader.Decode(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'<', (byte)'a', (byte)'/', (byte)'>' }));
        Assert.Equal("é", BoundedFileReader.Decode(new byte[] { 0xFF, 0xFE, 0xE9, 0x00 }));
    }

    [Fact]
    public void A_fifo_record_is_a_located_finding_not_a_hang()
    {
        var path = Path.Combine(_root, RecordValidator.FileName);
        Fifo(path);

        var result = Guarded(() => new RecordValidator(new ValidationOptions { Culture = English }).ValidateFile(path));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticIds.InvalidYaml, finding.Id);
        Assert.Equal("The record could not be read: a named pipe (FIFO), not a regular file: not read", finding.Message);
    }

    [Fact]
    public void A_dev_zero_record_is_a_located_finding_not_an_out_of_memory()
    {
        var path = Path.Combine(_root, RecordValidator.FileName);
        File.CreateSymbolicLink(path, "/dev/zero");

        var alone = Guarded(() => new RecordValidator(new ValidationOptions { Culture = English }).ValidateFile(path));
        var confined = Guarded(() => new RecordValidator(new ValidationOptions { Culture = English }).ValidateFile(path, _root));

        Assert.Equal("The record could not be read: a character device, not a regular file: not read", Assert.Single(alone.Findings).Message);
        Assert.Equal("The record could not be read: a link to a file outside the repository: not read", Assert.Single(confined.Findings).Message);
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static FileContent Read(BoundedFileReader reader, string path) => Guarded(() => reader.Read(path));

    /// <summary>A hang guard, not a timing assertion: a FIFO opened by mistake would block the test run forever.</summary>
    private static T Guarded<T>(Func<T> action)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(HangGuard), "the read did not end: a special file was opened");
        return task.Result;
    }

    private static void Fifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path } })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
