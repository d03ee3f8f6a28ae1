using System;
using System.Collections.Generic;
using System.IO;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// Django's settings modules (<c>settings.py</c>, <c>settings/base.py</c>, <c>settings_prod.py</c>): configuration
    /// written in Python, one module-level <c>NAME = value</c> per setting. Read from the tokenized code (comments
    /// blanked), so a commented-out setting is none.
    /// </summary>
    internal static class PythonSettings
    {
        public static bool IsSettingsModule(string path)
        {
            var name = Path.GetFileName(path);
            var folder = Path.GetFileName(Path.GetDirectoryName(path));
            return name.StartsWith("settings", StringComparison.Ordinal) || string.Equals(folder, "settings", StringComparison.Ordinal);
        }

        /// <summary>Each top-level assignment to an upper-case name: the name is the key, the rest of the line the value.</summary>
        public static IEnumerable<ConfigurationValue> Values(TokenizedSource source)
        {
            var code = source.Code;
            var found = new List<ConfigurationValue>();
            var start = 0;
            while (start < code.Length)
            {
                var end = code.IndexOf('\n', start);
                end = end < 0 ? code.Length : end;
                var name = start;
                while (name < end && (char.IsUpper(code[name]) || char.IsDigit(code[name]) || code[name] == '_'))
                {
                    name++;
                }

                var equals = name;
                while (equals < end && code[equals] == ' ')
                {
                    equals++;
                }

                if (name > start && char.IsUpper(code[start]) && equals < end && code[equals] == '=' && (equals + 1 >= end || code[equals + 1] != '='))
                {
                    var value = equals + 1;
                    found.Add(new ConfigurationValue(source.Text.Substring(value, end - value).Trim().Trim('"', '\''), start, code.Substring(start, name - start)));
                }

                start = end + 1;
            }

            return found;
        }
    }
}
