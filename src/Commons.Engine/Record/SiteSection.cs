namespace Commons.Engine.Record
{
    /// <summary><c>site</c>: ONDINE or Sites faciles, or a justified specific site.</summary>
    internal static class SiteSection
    {
        public static void Check(ValidationContext context, MappingReader site)
        {
            var solution = SectionSolution.Read(context, site, context.Tree.SiteSolutions, "Hint_SiteSolution");
            if (solution == null)
            {
                JustificationCheck.CheckIfPresent(context, site);
                return;
            }

            if (solution.Value == context.Tree.SiteSpecific)
            {
                JustificationCheck.Require(context, site, context.Sink.Text("Hint_SiteJustification"));
            }
            else
            {
                JustificationCheck.CheckIfPresent(context, site);
            }
        }
    }
}
