using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Commons.Analyzers
{
    /// <summary>
    /// Tells key derivation on a password (a local login) from key derivation for another purpose: an argument
    /// is a password when the variable, parameter, field or property it reads is named so, directly or through a
    /// conversion such as Encoding.UTF8.GetBytes(password).
    /// </summary>
    internal static class PasswordArguments
    {
        public static bool AnyIsPassword(ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                if (IsPassword(argument.Value, depth: 0))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsPassword(IOperation? value, int depth)
        {
            switch (value)
            {
                case IConversionOperation conversion:
                    return IsPassword(conversion.Operand, depth);
                case ILocalReferenceOperation local:
                    return IsPasswordName(local.Local.Name);
                case IParameterReferenceOperation parameter:
                    return IsPasswordName(parameter.Parameter.Name);
                case IMemberReferenceOperation member:
                    return IsPasswordName(member.Member.Name);
                case IInvocationOperation invocation when depth < 2:
                    foreach (var argument in invocation.Arguments)
                    {
                        if (IsPassword(argument.Value, depth + 1))
                        {
                            return true;
                        }
                    }

                    return invocation.Instance != null && IsPassword(invocation.Instance, depth + 1);
                default:
                    return false;
            }
        }

        private static bool IsPasswordName(string name) =>
            name.IndexOf("password", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("motdepasse", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("passwd", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
