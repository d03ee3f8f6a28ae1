using System;
using System.Collections.Generic;
using System.IO;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// Django's settings modules (<c>settings.py</c>, <c>settings/base.py</c>, <c>settings_prod.py</c>): configuration
    /// written in Python, one module-level (or top-level class) <c>NAME = value</c> per setting. Read from the tokenized code (comments
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

        /// <summary>
        /// Each assignment to an upper-case name at the module's top level or in the body of a top-level class
        /// (django-configurations writes settings as class attributes: <c>class Prod(Configuration): EMAIL_HOST = …</c>):
        /// the name is the key, the rest of the line the value. A method's local variables are deeper and not read.
        /// </summary>
        public static IEnumerable<ConfigurationValue> Values(TokenizedSource source)
        {
            var code = source.Code;
            var found = new List<ConfigurationValue>();
            var inClass = false;
            var bodyIndent = -1;
            var start = 0;
            while (start < code.Length)
            {
                var end = code.IndexOf('\n', start);
                end = end < 0 ? code.Length : end;
                var first = start;
                while (first < end && (code[first] == ' ' || code[first] == '\t' || code[first] == '\r'))
                {
                    first++;
                }

                var indent = first - start;
                if (first < end && indent == 0)
                {
                    inClass = string.CompareOrdinal(code, start, "class ", 0, 6) == 0;
                    bodyIndent = -1;
                    AddAssignment(source, first, end, found);
                }
                else if (first < end && inClass)
                {
                    bodyIndent = bodyIndent < 0 ? indent : bodyIndent;
                    if (indent == bodyIndent)
                    {
                        AddAssignment(source, first, end, found);
                    }
                }

                start = end + 1;
            }

            return found;
        }

        /// <summary>The line's <c>NAME = value</c>, if it is one (not a comparison <c>==</c>).</summary>
        private static void AddAssignment(TokenizedSource source, int start, int end, List<ConfigurationValue> found)
        {
            var code = source.Code;
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
        }
    }
}
