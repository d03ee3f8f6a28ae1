using System.Diagnostics;
using System.Text;
using static Commons.Engine.Tests.RecordTesting;

namespace Commons.Engine.Tests;

/// <summary>The file itself: syntax, encodings, forbidden YAML features and limits (CN0002–CN0007).</summary>
public class RecordYamlReaderTests
{
    /// <summary>
    /// Catches a hang or an expansion, not a slow machine: these inputs take milliseconds (see docs/reliability.md),
    /// and CI shares two cores with everything else, so the bound is generous on purpose.
    /// </summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(120);

    [Fact]
    public void Syntax_error_is_reported_at_the_parser_position()
    {
        var result = Validate("version: 1\nprojet: [unclosed\n");
        var finding = Single(result, "CN0002");
        Assert.Equal(3, finding.Line);
        Assert.DoesNotContain("Line:", finding.Message);
    }

    [Fact]
    public void Empty_file_is_reported_as_empty()
    {
        AssertMarkedFindings("{|CN0003:|}");
        AssertMarkedFindings("{|CN0003:|}# only a comment\n");
        Assert.Contains("empty", Validate("").Findings[0].Message);
    }

    [Fact]
    public void Top_level_list_or_text_is_not_a_mapping()
    {
        AssertMarkedFindings("{|CN0003:|}- a\n- b\n");
        AssertMarkedFindings("{|CN0003:|}just some text\n");
    }

    [Fact]
    public void Tab_in_indentation_is_reported_at_its_line()
    {
        AssertMarkedFindings("version: 1\nprojet:\n{|CN0006:\t|}nom: x\n");
    }

    [Fact]
    public void Tab_after_spaces_is_reported_at_its_column()
    {
        AssertMarkedFindings("version: 1\nprojet:\n  {|CN0006:\t|}nom: x\n");
    }

    [Fact]
    public void Every_duplicate_key_is_reported_not_only_the_first()
    {
        var yaml = Demarche + "\nbriques:\n  notifications: commun\n  notifications: exception\n  notifications: commun\nversion: 1\n";
        var duplicates = Validate(yaml).Findings.Where(f => f.Id == "CN0007").Select(f => (f.Line, f.Column)).ToArray();
        Assert.Equal(new[] { (12, 3), (13, 3), (14, 1) }, duplicates);
    }

    [Fact]
    public void Duplicate_key_message_names_the_first_line()
    {
        var finding = Single(Validate("version: 1\nversion: 1\n"), "CN0007");
        Assert.Contains("line 1", finding.Message);
    }

    [Fact]
    public void Anchor_and_alias_are_refused_where_written()
    {
        var yaml = "version: 1\nprojet: &p\n  nom: x\nsite: *p\n";
        var forbidden = Validate(yaml).Findings.Where(f => f.Id == "CN0004").Select(f => (f.Line, f.Column)).ToArray();
        Assert.Equal(new[] { (2, 9), (4, 7) }, forbidden);
    }

    [Fact]
    public void Merge_key_is_refused()
    {
        var yaml = "version: 1\nprojet:\n  <<: {nom: x}\n";
        Assert.Equal((3, 3), (Single(Validate(yaml), "CN0004").Line, Single(Validate(yaml), "CN0004").Column));
    }

    [Fact]
    public void Custom_tag_is_refused()
    {
        var yaml = "version: !!int 1\n";
        var finding = Single(Validate(yaml), "CN0004");
        Assert.Equal(1, finding.Line);
        Assert.Equal(10, finding.Column);
    }

    [Fact]
    public void Alias_bomb_is_refused_quickly_without_expansion()
    {
        var builder = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 0; i < 9; i++)
        {
            var name = (char)('b' + i);
            var previous = (char)('a' + i);
            builder.Append(name).Append(": &").Append(name).Append(" [");
            builder.Append(string.Join(",", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        var watch = Stopwatch.StartNew();
        var result = Validate(builder.ToString());
        watch.Stop();
        Assert.Contains(result.Findings, f => f.Id == "CN0004");
        Assert.True(watch.Elapsed < HangGuard, $"took {watch.Elapsed}");
    }

    [Fact]
    public void Ten_megabyte_file_is_refused_before_parsing()
    {
        var path = Path.Combine(Path.GetTempPath(), "commons-big-" + Guid.NewGuid() + ".yml");
        try
        {
            File.WriteAllText(path, "version: 1\n" + new string('#', 10 * 1024 * 1024));
            var watch = Stopwatch.StartNew();
            var result = Validator().ValidateFile(path);
            watch.Stop();
            AssertFindings(result, ("CN0005", 1, 1));
            Assert.True(watch.Elapsed < HangGuard, $"took {watch.Elapsed}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Deep_nesting_is_refused_at_the_level_that_exceeds_the_limit()
    {
        var yaml = "version: 1\nprojet: " + new string('[', 5000) + new string(']', 5000) + "\n";
        var watch = Stopwatch.StartNew();
        var result = Validate(yaml);
        watch.Stop();
        var finding = Single(result, "CN0005");
        Assert.Equal(2, finding.Line);
        Assert.True(watch.Elapsed < HangGuard, $"took {watch.Elapsed}");
    }

    [Fact]
    public void Utf8_bom_and_crlf_are_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Demarche.Replace("\n", "\r\n"))).ToArray();
        var result = Validator().ValidateBytes(bytes, "commons-decision.yml");
        Assert.Empty(result.Findings);
        Assert.Equal("demarche-en-ligne", result.Record!.Nature);
    }

    [Fact]
    public void Crlf_positions_match_lf_positions()
    {
        var lf = Validate(Demarche.Replace("demarches-simplifiees", "demat-social"));
        var crlf = Validate(Demarche.Replace("demarches-simplifiees", "demat-social").Replace("\n", "\r\n"));
        Assert.Equal(lf.Findings.Select(f => (f.Id, f.Line, f.Column)), crlf.Findings.Select(f => (f.Id, f.Line, f.Column)));
        Assert.NotEmpty(lf.Findings);
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("version: 1\nprojet:\n  nom: caf").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var result = Validator().ValidateBytes(bytes, "commons-decision.yml");
        AssertFindings(result, ("CN0002", 3, 11));
    }

    [Fact]
    public void Utf16_file_is_asked_to_be_saved_as_utf8()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("version: 1\n")).ToArray();
        var finding = Single(Validator().ValidateBytes(bytes, "x.yml"), "CN0002");
        Assert.Contains("UTF-8", finding.Message);
    }

    [Fact]
    public void Several_documents_are_refused()
    {
        AssertMarkedFindings(Demarche + "\n{|CN0002:---|}\nversion: 1\n");
    }

    [Fact]
    public void Missing_file_names_the_path_and_the_way_to_create_one()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString(), "commons-decision.yml");
        var finding = Single(Validator().ValidateFile(path), "CN0001");
        Assert.Contains(path, finding.Message);
        Assert.Contains("commons init", finding.Message);
    }

    [Fact]
    public void A_folder_where_a_file_is_expected_is_a_located_finding()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            AssertFindings(Validator().ValidateFile(folder), ("CN0001", 1, 1));
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    [Fact]
    public void Control_characters_give_a_located_error_not_a_crash()
    {
        var result = Validate("version: 1\nprojet:\n  nom: a\u0001b\n");
        Assert.Contains(result.Findings, f => f.Id == "CN0002" && f.Line == 3);
    }
}
