"""The dispute area (矛盾纠纷): the list with its filters and the dispute editor."""
