using System;
using System.Collections.Generic;

namespace Commons.Engine.Catalog
{
    /// <summary>
    /// A module of a language whose import names the brick where the language ships it itself (Python <c>smtplib</c>,
    /// Go <c>net/smtp</c>) or where its import is the telling line (Node <c>nodemailer</c>). Written
    /// <c>language:module</c>; a module ending in <c>()</c> is a function whose call is the signature (PHP <c>mail()</c>).
    /// A multi-purpose library (an AWS SDK's one client factory, a generic OpenID Connect client) names the brick only
    /// with its argument: <c>language:module + a|b</c> counts where the file also names one of the arguments, a quoted
    /// one (<c>'s3'</c>) as a whole string literal, a bare one (<c>proconnect</c>) inside a name or a literal, case,
    /// <c>_</c> and <c>-</c> ignored (<c>PRO_CONNECT_CLIENT_ID</c> names <c>proconnect</c>), one ending in <c>(</c>
    /// (<c>mail(</c>) where the code calls that function.
    /// </summary>
    public sealed class ImportSignature
    {
        public const string Python = "python";
        public const string JavaScript = "javascript";
        public const string Php = "php";
        public const string Java = "java";
        public const string Ruby = "ruby";
        public const string Go = "go";

        public static readonly IReadOnlyList<string> Languages = new[] { Python, JavaScript, Php, Java, Ruby, Go };

        private ImportSignature(string language, string module, bool isCall, IReadOnlyList<string> arguments)
        {
            Language = language;
            Module = module;
            IsCall = isCall;
            Arguments = arguments;
        }

        public string Language { get; }

        /// <summary>The module (<c>smtplib</c>, <c>PHPMailer\PHPMailer</c>, <c>javax.mail</c>) or the function's name.</summary>
        public string Module { get; }

        /// <summary>True for a function whose call is the signature (<c>php:mail()</c>).</summary>
        public bool IsCall { get; }

        /// <summary>What the file must also name for the import to be the brick; empty when the import alone says it.</summary>
        public IReadOnlyList<string> Arguments { get; }

        public static bool TryParse(string text, out ImportSignature? signature)
        {
            signature = null;
            var colon = text.IndexOf(':');
            if (colon <= 0 || colon == text.Length - 1)
            {
                return false;
            }

            var language = text.Substring(0, colon).Trim();
            var module = text.Substring(colon + 1).Trim();
            var arguments = new List<string>();
            var plus = module.IndexOf(" + ", StringComparison.Ordinal);
            if (plus >= 0)
            {
                foreach (var argument in module.Substring(plus + 3).Split('|'))
                {
                    var trimmed = argument.Trim();
                    if (!IsArgument(trimmed))
                    {
                        return false;
                    }

                    arguments.Add(trimmed);
                }

                module = module.Substring(0, plus).Trim();
            }

            var isCall = module.EndsWith("()", StringComparison.Ordinal);
            if (isCall)
            {
                module = module.Substring(0, module.Length - 2);
            }

            if (Array.IndexOf((string[])Languages, language) < 0 || module.Length == 0 || module.IndexOfAny(new[] { ' ', '\t', '(', ')', '"', '\'' }) >= 0)
            {
                return false;
            }

            signature = new ImportSignature(language, module, isCall, arguments);
            return true;
        }

        /// <summary>
        /// A bare word (letters, digits, <c>_</c>, <c>-</c>), a quoted literal of such characters, or a bare word ending in
        /// <c>(</c>: a function the file calls (<c>mail(</c>).
        /// </summary>
        private static bool IsArgument(string argument)
        {
            var quoted = argument.Length >= 2 && (argument[0] == '\'' || argument[0] == '"') && argument[argument.Length - 1] == argument[0];
            var word = quoted ? argument.Substring(1, argument.Length - 2) : argument.TrimEnd('(');
            if (!quoted && argument.Length - word.Length > 1)
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsLetterOrDigit(c) && c != '_' && c != '-' && c != '.')
                {
                    return false;
                }
            }

            return word.Length > 0;
        }

        /// <summary>
        /// Is <paramref name="imported"/> this module or one inside it? A module's parts are separated by <c>.</c>,
        /// <c>/</c> or <c>\</c> (<c>javax.mail.Transport</c> is inside <c>javax.mail</c>; <c>javax.mailer</c> is not), or Ruby's <c>::</c>.
        /// Case counts, as it does for the languages' own imports, except PHP's namespaces.
        /// </summary>
        public bool Covers(string imported)
        {
            var comparison = Language == Php ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            var name = Language == Php ? imported.TrimStart('\\') : imported;
            if (!name.StartsWith(Module, comparison))
            {
                return false;
            }

            return name.Length == Module.Length || name[Module.Length] == '.' || name[Module.Length] == '/' || name[Module.Length] == '\\' || name[Module.Length] == ':';
        }
    }
}
