namespace Commons.Analyzers
{
    /// <summary>What a catalog member signature stands for.</summary>
    internal enum MemberKind
    {
        /// <summary>Calling it is a reimplementation.</summary>
        Call,

        /// <summary>Calling it on a password is (key derivation for other purposes is not).</summary>
        PasswordCall,

        /// <summary>It configures an identity provider; a brick host inside names the brick.</summary>
        Setup,
    }

    /// <summary>A member of the catalog as the analyzers find it: the brick(s) it belongs to, and what calling it means.</summary>
    internal sealed class MemberSignature
    {
        public MemberSignature(SignatureOwner owner, MemberKind kind)
        {
            Owner = owner;
            Kind = kind;
        }

        public SignatureOwner Owner { get; }

        public MemberKind Kind { get; }
    }
}
