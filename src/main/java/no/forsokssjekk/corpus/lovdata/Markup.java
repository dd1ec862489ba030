package no.forsokssjekk.corpus.lovdata;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small in-memory tree of one element of Lovdata's XHTML (a §, the header's metadata list, a heading). The document
 * itself is streamed with StAX; only these pieces are held as trees, because a § is mixed content whose text, lists
 * and notes must be separated by looking at the whole of it.
 */
final class Markup {
    private Markup() {
    }

    /** An element: its tag, class tokens, the attributes we read, and its children (Strings and Elements, in order). */
    static final class Element {
        private static final String[] NO_CLASSES = new String[0];
        final String tag;
        final String[] classes;
        private final String[] attributes;
        final List<Object> children = new ArrayList<>(4);

        private Element(String tag, String[] classes, String[] attributes) {
            this.tag = tag;
            this.classes = classes;
            this.attributes = attributes;
        }

        boolean hasClass(String name) {
            for (String c : classes) if (c.equals(name)) return true;
            return false;
        }

        boolean hasAnyClass(java.util.Set<String> names) {
            for (String c : classes) if (names.contains(c)) return true;
            return false;
        }

        String attr(String name) {
            for (int i = 0; i < attributes.length; i += 2) if (attributes[i].equals(name)) return attributes[i + 1];
            return null;
        }

        List<Element> elements() {
            List<Element> out = new ArrayList<>();
            for (Object c : children) if (c instanceof Element e) out.add(e);
            return out;
        }

        /** The first descendant (depth first, document order) with this tag and, when given, this class. */
        Element find(String tagOrNull, String classOrNull) {
            for (Object c : children) {
                if (c instanceof Element e) {
                    if ((tagOrNull == null || e.tag.equals(tagOrNull)) && (classOrNull == null || e.hasClass(classOrNull))) {
                        return e;
                    }
                    Element deeper = e.find(tagOrNull, classOrNull);
                    if (deeper != null) return deeper;
                }
            }
            return null;
        }

        /** All descendants with this tag, in document order. */
        void collect(String tag, List<Element> out) {
            for (Object c : children) {
                if (c instanceof Element e) {
                    if (e.tag.equals(tag)) out.add(e);
                    e.collect(tag, out);
                }
            }
        }

        @Override
        public String toString() {
            return "<" + tag + (classes.length == 0 ? "" : " class=\"" + String.join(" ", classes) + "\"") + ">";
        }
    }

    /** The attribute names kept on elements; the rest (ids, positional URLs, styling) is not needed. */
    private static boolean kept(String name) {
        return switch (name) {
            case "data-name", "data-repealeddate", "href", "data-li-identifier", "data-numerator", "lang",
                 "data-document", "data-change-part", "data-add-new-part", "data-repeal-part", "data-move-part" -> true;
            default -> false;
        };
    }

    static String[] classesOf(XMLStreamReader r) {
        String cls = r.getAttributeValue(null, "class");
        if (cls == null || cls.isBlank()) return Element.NO_CLASSES;
        return cls.strip().split("\\s+");
    }

    static boolean hasClass(XMLStreamReader r, String name) {
        for (String c : classesOf(r)) if (c.equals(name)) return true;
        return false;
    }

    private static Element start(XMLStreamReader r) {
        int n = r.getAttributeCount();
        String[] attrs = new String[0];
        if (n > 0) {
            List<String> kept = new ArrayList<>(4);
            for (int i = 0; i < n; i++) {
                String name = r.getAttributeLocalName(i);
                if (kept(name)) {
                    kept.add(name);
                    kept.add(r.getAttributeValue(i));
                }
            }
            attrs = kept.toArray(attrs);
        }
        return new Element(r.getLocalName(), classesOf(r), attrs);
    }

    /**
     * Reads the element the reader is positioned on (a START_ELEMENT) with everything inside it, and leaves the reader
     * on its END_ELEMENT. Comments and processing instructions are dropped, as Python's ElementTree does, so the
     * text is the same as the reference tool sees.
     */
    static Element read(XMLStreamReader r) throws XMLStreamException {
        Element root = start(r);
        Deque<Element> open = new ArrayDeque<>();
        open.push(root);
        while (!open.isEmpty()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    Element e = start(r);
                    open.peek().children.add(e);
                    open.push(e);
                }
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    Element top = open.peek();
                    String text = r.getText();
                    int last = top.children.size() - 1;
                    if (last >= 0 && top.children.get(last) instanceof String previous) {
                        top.children.set(last, previous + text);
                    } else {
                        top.children.add(text);
                    }
                }
                default -> {
                    // comments, processing instructions: not text
                }
            }
        }
        return root;
    }
}
