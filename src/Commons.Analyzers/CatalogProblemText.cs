using System.Globalization;
using System.Linq;
using Commons.Engine.Catalog;

namespace Commons.Analyzers
{
    /// <summary>
    /// A catalog problem in words, the words CN1901 and CN1902 use, for the hosts that read a catalog outside a build
    /// (<c>commons policy diff --catalog</c>).
    /// </summary>
    public static class CatalogProblemText
    {
        public static string Describe(CatalogProblem problem, CultureInfo culture) =>
            string.Format(culture, AnalyzerResources.Get("Problem_" + problem.Kind, culture), problem.Arguments.Cast<object>().ToArray());
    }
}
