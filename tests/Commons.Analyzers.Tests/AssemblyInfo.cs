using Xunit;

// The testing library downloads packages into one shared folder; parallel first downloads race, so tests run in sequence.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
