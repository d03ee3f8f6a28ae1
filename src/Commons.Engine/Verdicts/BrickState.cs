namespace Commons.Engine.Verdicts
{
    /// <summary>What the record says about a brick, as far as reporting code that reimplements it is concerned.</summary>
    public enum BrickState
    {
        /// <summary>Not declared: report, warning.</summary>
        NotDeclared,

        /// <summary>Declared <c>commun</c>: code that reimplements it contradicts the record, error.</summary>
        Common,

        /// <summary>Declared <c>non-concerne</c>: code that reimplements it contradicts the record, error.</summary>
        NotConcerned,

        /// <summary>An exception that has not expired: do not report.</summary>
        ActiveException,

        /// <summary>An exception past its echeance: report, warning (the record's own check reports the expiry).</summary>
        ExpiredException,

        /// <summary>This repository is the brick's own provider (<c>fournisseur</c>): do not report.</summary>
        Provider,
    }
}
