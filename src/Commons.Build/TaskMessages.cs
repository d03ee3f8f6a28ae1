using System.Globalization;
using System.Resources;

namespace Commons.Build
{
    /// <summary>The task's own messages, in English (neutral) and French (Resources/TaskMessages.fr.resx).</summary>
    internal static class TaskMessages
    {
        private static readonly ResourceManager Resources =
            new ResourceManager("Commons.Build.Resources.TaskMessages", typeof(TaskMessages).Assembly);

        public static string Format(CultureInfo culture, string key, params object[] args)
        {
            var text = Resources.GetString(key, culture) ?? key;
            return args.Length == 0 ? text : string.Format(culture, text, args);
        }
    }
}
