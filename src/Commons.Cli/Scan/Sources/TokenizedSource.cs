using System.Collections.Generic;

namespace Commons.Cli.Scan
{
    /// <summary>A string literal of a source file: where its content starts and how long it is.</summary>
    internal readonly struct StringLiteral
    {
        public StringLiteral(int quote, int start, int length)
        {
            Quote = quote;
            Start = start;
            Length = length;
        }

        /// <summary>The offset of the opening quote (or heredoc marker).</summary>
        public int Quote { get; }

        public int Start { get; }

        public int Length { get; }
    }

    /// <summary>A source file as the tokenizer left it: its literals, and its code with comments and literal contents blanked.</summary>
    internal sealed class TokenizedSource
    {
        private readonly Dictionary<int, StringLiteral> _byQuote = new Dictionary<int, StringLiteral>();

        public TokenizedSource(string text, string code, List<StringLiteral> literals)
        {
            Text = text;
            Code = code;
            Literals = literals;
            foreach (var literal in literals)
            {
                _byQuote[literal.Quote] = literal;
            }
        }

        public string Text { get; }

        /// <summary>The text with comments and the contents of literals turned into spaces (quotes and line breaks kept): keywords found here are code.</summary>
        public string Code { get; }

        public IReadOnlyList<StringLiteral> Literals { get; }

        /// <summary>The literal whose opening quote is at <paramref name="quote"/>, if any.</summary>
        public bool TryLiteralAt(int quote, out StringLiteral literal) => _byQuote.TryGetValue(quote, out literal);

        public string ContentOf(StringLiteral literal) => Text.Substring(literal.Start, literal.Length);
    }
}
