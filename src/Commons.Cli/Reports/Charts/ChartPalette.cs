namespace Commons.Cli.Reports.Charts
{
    /// <summary>
    /// The Okabe–Ito palette (Okabe and Ito, "Color Universal Design", 2008): eight colours told apart with the common
    /// forms of colour blindness. Each meaning also has a pattern, and every bar its number, so nothing rests on colour.
    /// </summary>
    internal static class ChartPalette
    {
        public const string Orange = "#E69F00";
        public const string SkyBlue = "#56B4E9";
        public const string BluishGreen = "#009E73";
        public const string Yellow = "#F0E442";
        public const string Blue = "#0072B2";
        public const string Vermillion = "#D55E00";
        public const string ReddishPurple = "#CC79A7";
        public const string Black = "#000000";

        public static readonly ChartSwatch Good = new ChartSwatch(BluishGreen, FillPattern.Solid);
        public static readonly ChartSwatch Warning = new ChartSwatch(Orange, FillPattern.Hatch);
        public static readonly ChartSwatch Error = new ChartSwatch(Vermillion, FillPattern.Cross);
        public static readonly ChartSwatch Missing = new ChartSwatch(Black, FillPattern.Dots);
        public static readonly ChartSwatch Neutral = new ChartSwatch(Blue, FillPattern.Solid);
        public static readonly ChartSwatch PastDue = new ChartSwatch(Vermillion, FillPattern.Hatch);

        private static readonly string[] Sequence = { Blue, Orange, BluishGreen, Vermillion, SkyBlue, ReddishPurple, Yellow, Black };

        private static readonly FillPattern[] Patterns = { FillPattern.Solid, FillPattern.Hatch, FillPattern.Dots, FillPattern.Cross };

        /// <summary>The swatch of the n-th of many series (a brick in the trend): colour and pattern both change from one to the next.</summary>
        public static ChartSwatch Nth(int index) => new ChartSwatch(Sequence[index % Sequence.Length], Patterns[index % Patterns.Length]);
    }
}
