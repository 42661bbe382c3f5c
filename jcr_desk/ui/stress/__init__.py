"""The parts of the Stress & enhancement tab: assumption panels, the run, results, charts."""
