package reel.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's query parameters as the container decoded them, each name with its values in the order
 * sent; copied in by the servlet so that deciding a page never touches the request.
 */
public record QueryParameters(Map<String, List<String>> values) {

    /** A URL without a query. */
    public static final QueryParameters NONE = new QueryParameters(Map.of());

    public QueryParameters {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        values = Map.copyOf(copy);
    }

    /** From {@code ServletRequest.getParameterMap()}. */
    public static QueryParameters of(Map<String, String[]> parameters) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        parameters.forEach((name, list) -> values.put(name, List.of(list)));
        return new QueryParameters(values);
    }

    /** Every value sent for {@code name}; none when it was not sent. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }
}
