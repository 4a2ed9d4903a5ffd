package io.lockernet.api.core;

import java.util.List;

/** What is wrong with a layout (empty when nothing), and where its compartments stand when it keeps the rules. */
public record LayoutCheck(List<String> problems, List<LayoutCompartmentView> compartments) {
}
