using System.Resources;

// English is the neutral language of the resources; French ships as a satellite assembly (fr/).
[assembly: NeutralResourcesLanguage("en")]
