package org.shuangda.entities;

/** A region a person may pick for an entity (form suggestions, list filter). */
public record RegionOption(String code, String name, String level) {

    public String label() {
        return code + " " + name;
    }
}
