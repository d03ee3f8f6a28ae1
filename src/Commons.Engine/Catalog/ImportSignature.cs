using System;
using System.Collections.Generic;

namespace Commons.Engine.Catalog
{
    /// <summary>
    /// A module of a language whose import names the brick where the language ships it itself (Python <c>smtplib</c>,
    /// Go <c>net/smtp</c>) or where its import is the telling line (Node <c>nodemailer</c>). Written
    /// <c>language:module</c>; a module ending in <c>()</c> is a function whose call is the signature (PHP <c>mail()</c>).
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

        private ImportSignature(string language, string module, bool isCall)
        {
            Language = language;
            Module = module;
            IsCall = isCall;
        }

        public string Language { get; }

        /// <summary>The module (<c>smtplib</c>, <c>PHPMailer\PHPMailer</c>, <c>javax.mail</c>) or the function's name.</summary>
        public string Module { get; }

        /// <summary>True for a function whose call is the signature (<c>php:mail()</c>).</summary>
        public bool IsCall { get; }

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
            var isCall = module.EndsWith("()", StringComparison.Ordinal);
            if (isCall)
            {
                module = module.Substring(0, module.Length - 2);
            }

            if (Array.IndexOf((string[])Languages, language) < 0 || module.Length == 0 || module.IndexOfAny(new[] { ' ', '\t', '(', ')', '"', '\'' }) >= 0)
            {
                return false;
            }

            signature = new ImportSignature(language, module, isCall);
            return true;
        }

        /// <summary>
        /// Is <paramref name="imported"/> this module or one inside it? A module's parts are separated by <c>.</c>,
        /// <c>/</c> or <c>\</c> (<c>javax.mail.Transport</c> is inside <c>javax.mail</c>; <c>javax.mailer</c> is not).
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

            return name.Length == Module.Length || name[Module.Length] == '.' || name[Module.Length] == '/' || name[Module.Length] == '\\';
        }
    }
}
