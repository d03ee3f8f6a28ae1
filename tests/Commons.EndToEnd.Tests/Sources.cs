namespace Commons.EndToEnd.Tests
{
    /// <summary>The C# the throwaway repositories hold; the lines and columns in the assertions refer to these texts.</summary>
    internal static class Sources
    {
        /// <summary>Sends e-mail itself: an SmtpClient created at (7,32), brick notifications (CN1004).</summary>
        public const string Mailer =
            "namespace App\n" +
            "{\n" +
            "    public sealed class Mailer\n" +
            "    {\n" +
            "        public void Send(string to)\n" +
            "        {\n" +
            "            using var client = new System.Net.Mail.SmtpClient(\"smtp.example.org\");\n" +
            "            client.Send(\"noreply@example.org\", to, \"Objet\", \"Corps\");\n" +
            "        }\n" +
            "    }\n" +
            "}\n";
    }
}
