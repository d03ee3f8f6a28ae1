using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Build.Framework;

namespace Commons.Build.Tests
{
    /// <summary>
    /// Records what a task logs, and keeps registered task objects like MSBuild does for the length of a build,
    /// so the tests can see the cache work across two "projects". One engine is one MSBuild node; two engines given
    /// the same <see cref="Session"/> are two nodes of one build (MSBuild hands every node the session project's result).
    /// </summary>
    internal sealed class FakeBuildEngine : IBuildEngine6
    {
        private readonly Dictionary<object, object> _objects = new Dictionary<object, object>();

        public FakeBuildEngine(string projectFile = "/repo/src/App/App.csproj", string? session = null)
        {
            ProjectFileOfTaskNode = projectFile;
            Session = session;
        }

        /// <summary>What building Commons.BuildSession.proj returns; null: the engine cannot build it (no session).</summary>
        public string? Session { get; }

        /// <summary>The global properties the session project was asked to drop, from the last call.</summary>
        public IList<string>? RemovedGlobalProperties { get; private set; }

        /// <summary>The session project's path as the engine was asked to build it, from the last call.</summary>
        public string? BuiltProject { get; private set; }

        public Dictionary<string, string> GlobalProperties { get; } = new Dictionary<string, string> { ["Configuration"] = "Debug", ["TargetFramework"] = "net10.0" };

        public List<BuildErrorEventArgs> Errors { get; } = new List<BuildErrorEventArgs>();

        public List<BuildWarningEventArgs> Warnings { get; } = new List<BuildWarningEventArgs>();

        public List<BuildMessageEventArgs> Messages { get; } = new List<BuildMessageEventArgs>();

        public int Registrations { get; private set; }

        public string ProjectFileOfTaskNode { get; set; }

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public bool IsRunningMultipleNodes => false;

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);

        public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => throw new NotSupportedException();

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs, string toolsVersion) => throw new NotSupportedException();

        public bool BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IDictionary[] targetOutputsPerProject, string[] toolsVersion, bool useResultsCache, bool unloadProjectsOnCompletion) => throw new NotSupportedException();

        public BuildEngineResult BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IList<string>[] removeGlobalProperties, string[] toolsVersion, bool returnTargetOutputs)
        {
            if (Session == null)
            {
                throw new NotSupportedException();
            }

            RemovedGlobalProperties = removeGlobalProperties[0];
            BuiltProject = projectFileNames[0];
            var outputs = new Dictionary<string, ITaskItem[]> { [targetNames[0]] = new ITaskItem[] { new Microsoft.Build.Utilities.TaskItem(Session) } };
            return new BuildEngineResult(true, new List<IDictionary<string, ITaskItem[]>> { outputs });
        }

        public IReadOnlyDictionary<string, string> GetGlobalProperties() => GlobalProperties;

        public void LogTelemetry(string eventName, IDictionary<string, string> properties)
        {
        }

        /// <summary>The end of the build on this node: MSBuild disposes the objects registered for the build.</summary>
        public void EndBuild()
        {
            foreach (var disposable in _objects.Values.OfType<IDisposable>())
            {
                disposable.Dispose();
            }

            _objects.Clear();
        }

        public void Yield()
        {
        }

        public void Reacquire()
        {
        }

        public void RegisterTaskObject(object key, object obj, RegisteredTaskObjectLifetime lifetime, bool allowEarlyCollection)
        {
            Registrations++;
            _objects[key] = obj;
        }

        public object? GetRegisteredTaskObject(object key, RegisteredTaskObjectLifetime lifetime) => _objects.TryGetValue(key, out var value) ? value : null;

        public object? UnregisterTaskObject(object key, RegisteredTaskObjectLifetime lifetime)
        {
            _objects.Remove(key, out var value);
            return value;
        }
    }
}
