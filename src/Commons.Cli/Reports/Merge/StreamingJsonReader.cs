using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Commons.Cli.Reports.Merge
{
    /// <summary>
    /// Reads JSON from a stream token by token, or value by value through the serializer, holding one buffer: as large as
    /// the largest value read whole (a finding, a repository's bricks), never the file. Each token's offset in the stream
    /// is known, so a merge can come back to a repository's findings later.
    /// </summary>
    internal sealed class StreamingJsonReader
    {
        private static readonly byte[] ByteOrderMark = { 0xEF, 0xBB, 0xBF };

        private readonly Stream _stream;
        private long _remaining;
        private byte[] _buffer = new byte[64 * 1024];
        private long _bufferOffset;
        private int _start;
        private int _end;
        private bool _final;
        private JsonReaderState _state;

        /// <summary>Reads <paramref name="length"/> bytes of <paramref name="stream"/> from <paramref name="offset"/> (a seekable stream), or to its end.</summary>
        public StreamingJsonReader(Stream stream, long offset = 0, long length = long.MaxValue)
        {
            _stream = stream;
            _remaining = length;
            _bufferOffset = offset;
            if (offset != 0)
            {
                stream.Seek(offset, SeekOrigin.Begin);
            }

            Fill();
            if (offset == 0 && _buffer.AsSpan(0, _end).StartsWith(ByteOrderMark))
            {
                _start = ByteOrderMark.Length; // as the serializer does when it reads a stream
            }
        }

        public JsonTokenType TokenType { get; private set; }

        /// <summary>Where the last token read starts in the stream.</summary>
        public long TokenStart { get; private set; }

        /// <summary>Where the next token will be looked for: just after the last token or value read.</summary>
        public long Position => _bufferOffset + _start;

        /// <summary>The last token's name when it is a property name.</summary>
        public string? PropertyName { get; private set; }

        /// <summary>The next token; false at the end of the data.</summary>
        /// <exception cref="JsonException">The JSON is invalid or ends too soon.</exception>
        public bool Read()
        {
            while (true)
            {
                var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
                if (reader.Read())
                {
                    Take(ref reader);
                    PropertyName = reader.TokenType == JsonTokenType.PropertyName ? reader.GetString() : null;
                    Commit(ref reader);
                    return true;
                }

                if (_final)
                {
                    return false;
                }

                Fill();
            }
        }

        /// <summary>The next value, whole, read by the serializer (after a property name, or an array's element).</summary>
        public T? ReadValue<T>(JsonTypeInfo<T> type) =>
            TryReadElement(type, out var value) ? value : throw new JsonException("A value was expected, not the end of an array.");

        /// <summary>An array's next element read by the serializer; false, with the array's end read, when there is none.</summary>
        public bool TryReadElement<T>(JsonTypeInfo<T> type, out T? value)
        {
            while (true)
            {
                var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
                if (!reader.Read())
                {
                    if (_final)
                    {
                        throw new JsonException("A value was expected, not the end of the data.");
                    }

                    Fill();
                    continue;
                }

                Take(ref reader);
                PropertyName = null;
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    Commit(ref reader);
                    value = default;
                    return false;
                }

                try
                {
                    value = JsonSerializer.Deserialize(ref reader, type);
                    Commit(ref reader);
                    return true;
                }
                catch (JsonException) when (!_final && !WholeValueBuffered())
                {
                    // The value goes on past the buffer (once a buffer, so rare): read more and try again. Checked
                    // first, so invalid JSON is refused where it is, never after reading the rest of the file.
                    Fill();
                }
            }
        }

        /// <summary>Passes over the next value token by token, whatever its size (a part of the report merge does not read).</summary>
        public void Skip()
        {
            if (!Read())
            {
                throw new JsonException("A value was expected, not the end of the data.");
            }

            var depth = TokenType == JsonTokenType.StartObject || TokenType == JsonTokenType.StartArray ? 1 : 0;
            while (depth > 0 && Read())
            {
                depth += TokenType == JsonTokenType.StartObject || TokenType == JsonTokenType.StartArray ? 1
                    : TokenType == JsonTokenType.EndObject || TokenType == JsonTokenType.EndArray ? -1
                    : 0;
            }
        }

        /// <summary>Whether the buffer holds the next value whole.</summary>
        private bool WholeValueBuffered()
        {
            var probe = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), false, _state);
            return probe.Read() && probe.TrySkip();
        }

        private void Take(ref Utf8JsonReader reader)
        {
            TokenType = reader.TokenType;
            TokenStart = _bufferOffset + _start + reader.TokenStartIndex;
        }

        private void Commit(ref Utf8JsonReader reader)
        {
            _start += (int)reader.BytesConsumed;
            _state = reader.CurrentState;
        }

        /// <summary>Moves what is left to the front, grows the buffer when it is full of one value, reads more.</summary>
        private void Fill()
        {
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _bufferOffset += _start;
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                if (_buffer.Length == Array.MaxLength)
                {
                    throw new JsonException("One value is larger than an array can hold."); // 2 GB in one value: no scan writes that
                }

                Array.Resize(ref _buffer, (int)Math.Min(_buffer.Length * 2L, Array.MaxLength));
            }

            var read = _remaining <= 0 ? 0 : _stream.Read(_buffer, _end, (int)Math.Min(_buffer.Length - _end, _remaining));
            _end += read;
            _remaining -= read;
            _final = read == 0;
        }
    }
}
