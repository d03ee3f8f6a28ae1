namespace Commons.Engine.Record
{
    /// <summary>The keys of the record (version 1). French, as the policy words them; the schema in rules/ mirrors them.</summary>
    internal static class RecordKeys
    {
        public const string Version = "version";
        public const string Project = "projet";
        public const string Site = "site";
        public const string FrontUsager = "front-usager";
        public const string BackOffice = "back-office";
        public const string Referential = "referentiel";
        public const string Bricks = "briques";

        public const string Name = "nom";
        public const string Nature = "nature";
        public const string Owner = "responsable";
        public const string Date = "date";
        public const string Description = "description";

        public const string Solution = "solution";
        public const string Justification = "justification";
        public const string Needs = "besoins";
        public const string GlpiLimits = "limites-glpi";
        public const string CompromiseSought = "compromis-recherche";
        public const string RuledOutOptions = "options-ecartees";
        public const string DataModelControl = "controle-modele-donnees";

        public const string Choice = "choix";
        public const string Expiry = "echeance";

        public const string OtherNature = "autre";

        public static readonly string[] Root = { Version, Project, Site, FrontUsager, BackOffice, Referential, Bricks };
        public static readonly string[] ProjectKeys = { Name, Nature, Owner, Date, Description };
        public static readonly string[] NatureSections = { Site, FrontUsager, BackOffice, Referential };
        public static readonly string[] SiteKeys = { Solution, Justification };
        public static readonly string[] FrontKeys = { Solution, Needs, Justification };
        public static readonly string[] BackOfficeKeys = { Solution, GlpiLimits, CompromiseSought, RuledOutOptions, Justification };
        public static readonly string[] ReferentialKeys = { Solution, Needs, DataModelControl, Justification };
        public static readonly string[] BrickKeys = { Choice, Justification, Expiry };
    }
}
