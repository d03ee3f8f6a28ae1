using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;

namespace Commons.Analyzers
{
    /// <summary>
    /// Parses a file once per content, whatever the number of compilations, syntax trees or analyzers that ask:
    /// keyed by the <see cref="SourceText"/> instance (what <c>SourceTextValueProvider</c> does), with the last
    /// content as a second key for the hosts that hand out a new instance of unchanged text.
    /// </summary>
    /// <typeparam name="T">
    /// The parsed form. Annotated as <see cref="ConditionalWeakTable{TKey, TValue}"/> annotates its values, for the CLI's
    /// native build; the table's own constructor is never used, values come from <see cref="ByContent"/>.
    /// </typeparam>
    internal sealed class TextCache<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>
        where T : class
    {
        private readonly ConditionalWeakTable<SourceText, T> _byInstance = new ConditionalWeakTable<SourceText, T>();
        private readonly Func<string, T> _parse;
        private readonly object _gate = new object();
        private Tuple<string, T>? _last;

        public TextCache(Func<string, T> parse)
        {
            _parse = parse;
        }

        public T Get(SourceText text) => _byInstance.GetValue(text, ByContent);

        private T ByContent(SourceText text)
        {
            var content = text.ToString();
            var last = _last;
            if (last != null && string.Equals(last.Item1, content, StringComparison.Ordinal))
            {
                return last.Item2;
            }

            var value = _parse(content);
            lock (_gate)
            {
                _last = Tuple.Create(content, value);
            }

            return value;
        }
    }
}
