"""Proof that the data stays whole and private: kills, markers, the network, faults."""
