using System;
using System.Collections;
using System.Collections.Generic;
using Microsoft.Build.Framework;

namespace Commons.Build.Tests
{
    /// <summary>
    /// Records what a task logs, and keeps registered task objects like MSBuild does for the length of a build,
    /// so the tests can see the cache work across two "projects".
    /// </summary>
    internal sealed class FakeBuildEngine : IBuildEngine4
    {
        private readonly Dictionary<object, object> _objects = new Dictionary<object, object>();

        public FakeBuildEngine(string projectFile = "/repo/src/App/App.csproj")
        {
            ProjectFileOfTaskNode = projectFile;
        }

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

        public BuildEngineResult BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IList<string>[] removeGlobalProperties, string[] toolsVersion, bool returnTargetOutputs) => throw new NotSupportedException();

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
