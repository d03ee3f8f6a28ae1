using System;
using Commons.Engine.Record;
using Xunit;

namespace Commons.Engine.Tests
{
    /// <summary>
    /// The editor writes line by line into a record it has read: a record it cannot read is refused with the reader's
    /// reason, where it used to be taken for a record without <c>briques:</c> and given a second one.
    /// </summary>
    public class RecordEditorRefusalTests
    {
        private static readonly DateTime Today = new DateTime(2026, 11, 28);

        [Fact]
        public void A_record_with_a_tab_in_its_bricks_is_refused_not_given_a_second_bricks_key()
        {
            const string Text = "version: 1\nbriques:\n\tapi-ban: exception\n";

            var refusal = Assert.Throws<RecordNotEditableException>(() => RecordEditor.AddException(Text, "notifications", Today));

            Assert.StartsWith("commons-decision.yml(3,1): error CN0006: ", refusal.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_record_whose_root_is_a_list_is_refused()
        {
            var refusal = Assert.Throws<RecordNotEditableException>(() => RecordEditor.AddException("- version: 1\n", "notifications", Today));

            Assert.Equal("the record's root is not a mapping of keys", refusal.Message);
        }

        [Fact]
        public void An_empty_record_gets_its_bricks_section()
        {
            Assert.Equal(
                "briques:\n  notifications:\n    choix: exception\n    justification: \"" + RecordEditor.PlaceholderJustification + "\"\n    echeance: 2027-02-26\n",
                RecordEditor.AddException(string.Empty, "notifications", Today));
        }
    }
}
