#!/usr/bin/env python3
"""Share of CPU samples spent in our analyzers, against the compiler's binding, in a dotnet-trace profile.

Usage:
  dotnet-trace collect --profile dotnet-sampled-thread-time -o ours.nettrace -- \
      dotnet benchmarks/Commons.Benchmarks/bin/Release/net10.0/Commons.Benchmarks.dll --profile [banned] --corpus 10k --iterations 15
  dotnet-trace convert --format speedscope -o ours.json ours.nettrace
  python3 benchmarks/profile/share.py ours.speedscope.json [banned]

A sampling profile counts where threads are, not how long each callback's clock ran: a garbage collection or another
process's time slice is not charged to whichever analyzer callback was running, as Roslyn's telemetry charges it. The
script walks each thread's open/close events and sums the time during which a frame of the analyzers is on the stack
(inclusive, counted once however deep), and the time inside MethodCompiler.CompileNamedType (the binding of method
bodies the analysis driver asks the compiler for), leaving out time whose innermost frame is a wait (a thread-time
profile samples blocked threads too), then prints their ratio.
"""
import json
import sys

OURS = ("Commons.Analyzers!", "Commons.Engine!")
BANNED = ("Microsoft.CodeAnalysis.BannedApiAnalyzers!", "Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers!", "Analyzer.Utilities!")
COMPILER = "MethodCompiler.CompileNamedType("
# A thread-time profile samples blocked threads too: time whose innermost frame is one of these is waiting, not CPU.
WAITS = ("Monitor.Wait(", "Monitor.Enter_Slowpath(", "WaitHandle.WaitOneNoCheck(", "LowLevelLifoSemaphore.WaitNative(",
         "Thread.Sleep(", "WaitHandle.WaitMultiple", "Thread.Join(", "Task.SpinThenBlockingWait(")


def main(path, banned=False):
    profile = json.load(open(path))
    names = [frame["name"] for frame in profile["shared"]["frames"]]
    prefixes = BANNED if banned else OURS
    is_ours = [name.startswith(prefixes) for name in names]
    is_compiler = [COMPILER in name for name in names]
    is_wait = [any(w in name for w in WAITS) for name in names]
    ours = compiler = 0.0
    for thread in profile["profiles"]:
        stack = []
        ours_depth = compiler_depth = 0
        last = None
        for event in thread["events"]:
            at = event["at"]
            if last is not None and not (stack and is_wait[stack[-1]]):
                if ours_depth:
                    ours += at - last
                if compiler_depth:
                    compiler += at - last
            last = at
            frame = event["frame"]
            if event["type"] == "O":
                stack.append(frame)
                ours_depth += is_ours[frame]
                compiler_depth += is_compiler[frame]
            else:
                stack.pop()
                ours_depth -= is_ours[frame]
                compiler_depth -= is_compiler[frame]
    label = "BannedApiAnalyzers" if banned else "our analyzers"
    print(f"{label}: {ours:.0f} ms; compiler binding (CompileNamedType): {compiler:.0f} ms; ratio {100 * ours / compiler:.2f} %")


if __name__ == "__main__":
    main(sys.argv[1], len(sys.argv) > 2 and sys.argv[2] == "banned")
