// netstandard2.0 has no trimming annotations; the trimmer and the native compiler recognise these by their full name.
// The CLI's native build (Native AOT) compiles this assembly: the annotation tells it what a generic argument needs.
namespace System.Diagnostics.CodeAnalysis
{
    /// <summary>What of a type the code reaches by reflection, so that trimming keeps it.</summary>
    [AttributeUsage(AttributeTargets.GenericParameter | AttributeTargets.Parameter | AttributeTargets.Field | AttributeTargets.ReturnValue, Inherited = false)]
    internal sealed class DynamicallyAccessedMembersAttribute : Attribute
    {
        public DynamicallyAccessedMembersAttribute(DynamicallyAccessedMemberTypes memberTypes)
        {
            MemberTypes = memberTypes;
        }

        public DynamicallyAccessedMemberTypes MemberTypes { get; }
    }

    /// <summary>The kinds of members of <see cref="DynamicallyAccessedMembersAttribute"/>; only those used here.</summary>
    [Flags]
    internal enum DynamicallyAccessedMemberTypes
    {
        None = 0,
        PublicParameterlessConstructor = 0x0001,
    }
}
