using System;

namespace Commons.Cli
{
    public static class Program
    {
        public static int Main(string[] args) => CommonsCommand.Run(args, Console.Out, Console.Error);
    }
}
