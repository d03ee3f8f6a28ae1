using System;
using System.IO;
using System.Text;

namespace Commons.Cli.Output
{
    /// <summary>
    /// A write-only stream of UTF-8 bytes onto a text writer (the console, a report file), so a JSON serializer writes
    /// a large report piece by piece instead of into one string held whole: a merge of 300,000 findings held the
    /// report's text twice over (bytes, then a string) on top of its objects.
    /// </summary>
    internal sealed class TextWriterStream : Stream
    {
        private readonly TextWriter _writer;
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
        private char[] _chars = new char[4096];

        public TextWriterStream(TextWriter writer)
        {
            _writer = writer;
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var needed = _decoder.GetCharCount(buffer, flush: false);
            if (needed > _chars.Length)
            {
                _chars = new char[Math.Max(needed, _chars.Length * 2)];
            }

            // A character split between two writes stays in the decoder until its last byte comes.
            var count = _decoder.GetChars(buffer, _chars, flush: false);
            _writer.Write(_chars, 0, count);
        }

        /// <summary>Synchronous: the serializer's asynchronous path (which flushes as it goes) writes here in order, on its thread.</summary>
        public override System.Threading.Tasks.ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, System.Threading.CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return default;
        }

        public override System.Threading.Tasks.Task WriteAsync(byte[] buffer, int offset, int count, System.Threading.CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return System.Threading.Tasks.Task.CompletedTask;
        }

        public override void Flush() => _writer.Flush();

        public override System.Threading.Tasks.Task FlushAsync(System.Threading.CancellationToken cancellationToken)
        {
            _writer.Flush();
            return System.Threading.Tasks.Task.CompletedTask;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
