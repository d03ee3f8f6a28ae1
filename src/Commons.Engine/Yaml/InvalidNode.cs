using Commons.Engine.Findings;

namespace Commons.Engine.Yaml
{
    /// <summary>
    /// Stands where the reader refused a node (an alias, a too-deep branch) and has already said why:
    /// the validator skips it rather than piling a second, confusing finding on top.
    /// </summary>
    public sealed class InvalidNode : Node
    {
        public InvalidNode(SourcePosition position)
            : base(position)
        {
        }

        public override string KindName => "invalid";
    }
}
