using System;

namespace Commons.Engine.Record
{
    /// <summary>
    /// A record <see cref="RecordEditor"/> cannot edit safely (the reader refuses it): the caller says so, or leaves
    /// the record unchanged for its own findings to explain, instead of writing a second <c>briques:</c> key.
    /// </summary>
    public sealed class RecordNotEditableException : Exception
    {
        public RecordNotEditableException(string reason, Exception? inner)
            : base(reason, inner)
        {
        }
    }
}
